import type { MessageTemplates } from './template';

/** To the investor: their profile is approved, and how projects now reach them. */
export const investorApprovedTemplates: MessageTemplates = {
  fr: {
    subject: 'Votre profil de financeur est validé',
    html: `<h1>Profil validé</h1>
<p>L’équipe Pollen a validé votre profil de financeur.</p>
<p>Vous recevrez désormais les projets éligibles qui correspondent à votre thèse d’investissement, chacun avec son score d’adéquation. Pour chaque projet, vous pourrez manifester votre intérêt ou passer votre tour. Si le porteur de projet accepte votre intérêt, Pollen vous met en relation et vous transmet ses coordonnées.</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `Profil validé

L’équipe Pollen a validé votre profil de financeur.

Vous recevrez désormais les projets éligibles qui correspondent à votre thèse d’investissement, chacun avec son score d’adéquation. Pour chaque projet, vous pourrez manifester votre intérêt ou passer votre tour. Si le porteur de projet accepte votre intérêt, Pollen vous met en relation et vous transmet ses coordonnées.

Accéder à Pollen : {{ appUrl }}`,
    summary:
      'L’équipe Pollen a validé votre profil de financeur : vous recevrez désormais les projets éligibles qui correspondent à votre thèse d’investissement.',
  },
  en: {
    subject: 'Your investor profile has been approved',
    html: `<h1>Profile approved</h1>
<p>The Pollen team has approved your investor profile.</p>
<p>From now on you will receive the eligible projects that fit your investment thesis, each with its match score. For each project, you can express your interest or pass. If the applicant accepts your interest, Pollen introduces you and shares their contact details.</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `Profile approved

The Pollen team has approved your investor profile.

From now on you will receive the eligible projects that fit your investment thesis, each with its match score. For each project, you can express your interest or pass. If the applicant accepts your interest, Pollen introduces you and shares their contact details.

Go to Pollen: {{ appUrl }}`,
    summary:
      'The Pollen team has approved your investor profile: from now on you will receive the eligible projects that fit your investment thesis.',
  },
};
