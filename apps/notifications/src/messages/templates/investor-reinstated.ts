import type { MessageTemplates } from './template';

/** To the investor: the suspension is lifted, projects reach them again. */
export const investorReinstatedTemplates: MessageTemplates = {
  fr: {
    subject: 'Votre profil de financeur est rétabli',
    html: `<h1>Profil rétabli</h1>
<p>L’équipe Pollen a levé la suspension de votre profil de financeur.</p>
<p>Les projets éligibles qui correspondent à votre thèse d’investissement vous sont de nouveau proposés : vous pouvez manifester votre intérêt comme auparavant.</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `Profil rétabli

L’équipe Pollen a levé la suspension de votre profil de financeur.

Les projets éligibles qui correspondent à votre thèse d’investissement vous sont de nouveau proposés : vous pouvez manifester votre intérêt comme auparavant.

Accéder à Pollen : {{ appUrl }}`,
    summary:
      'L’équipe Pollen a levé la suspension de votre profil de financeur : les projets éligibles qui correspondent à votre thèse d’investissement vous sont de nouveau proposés.',
  },
  en: {
    subject: 'Your investor profile has been reinstated',
    html: `<h1>Profile reinstated</h1>
<p>The Pollen team has lifted the suspension of your investor profile.</p>
<p>The eligible projects that fit your investment thesis are proposed to you again: you can express your interest as before.</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `Profile reinstated

The Pollen team has lifted the suspension of your investor profile.

The eligible projects that fit your investment thesis are proposed to you again: you can express your interest as before.

Go to Pollen: {{ appUrl }}`,
    summary:
      'The Pollen team has lifted the suspension of your investor profile: the eligible projects that fit your investment thesis are proposed to you again.',
  },
};
