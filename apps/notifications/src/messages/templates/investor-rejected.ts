import type { MessageTemplates } from './template';

/** To the investor: their profile is not approved, with the operator's reason. */
export const investorRejectedTemplates: MessageTemplates = {
  fr: {
    subject: 'Votre profil de financeur n’a pas été validé',
    html: `<h1>Profil non validé</h1>
<p>Après examen, l’équipe Pollen n’a pas validé votre profil de financeur.</p>
<p>Motif :</p>
<blockquote>{{ reason }}</blockquote>
<p>Tant que votre profil n’est pas validé, aucun projet ne vous est proposé.</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `Profil non validé

Après examen, l’équipe Pollen n’a pas validé votre profil de financeur.

Motif :
{{ reason }}

Tant que votre profil n’est pas validé, aucun projet ne vous est proposé.

Accéder à Pollen : {{ appUrl }}`,
    summary:
      'Après examen, l’équipe Pollen n’a pas validé votre profil de financeur. Tant qu’il n’est pas validé, aucun projet ne vous est proposé.',
  },
  en: {
    subject: 'Your investor profile has not been approved',
    html: `<h1>Profile not approved</h1>
<p>After review, the Pollen team has not approved your investor profile.</p>
<p>Reason:</p>
<blockquote>{{ reason }}</blockquote>
<p>As long as your profile is not approved, no project is proposed to you.</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `Profile not approved

After review, the Pollen team has not approved your investor profile.

Reason:
{{ reason }}

As long as your profile is not approved, no project is proposed to you.

Go to Pollen: {{ appUrl }}`,
    summary:
      'After review, the Pollen team has not approved your investor profile. As long as it is not approved, no project is proposed to you.',
  },
};
