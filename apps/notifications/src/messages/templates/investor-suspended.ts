import type { MessageTemplates } from './template';

/** To the investor: their profile is suspended, with the operator's reason, and what that stops. */
export const investorSuspendedTemplates: MessageTemplates = {
  fr: {
    subject: 'Votre profil de financeur est suspendu',
    html: `<h1>Profil suspendu</h1>
<p>L’équipe Pollen a suspendu votre profil de financeur.</p>
<p>Motif :</p>
<blockquote>{{ reason }}</blockquote>
<p>Pendant la suspension, aucun projet ne vous est proposé et les propositions en attente de votre réponse sont retirées. Un e-mail vous préviendra lorsque la suspension sera levée.</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `Profil suspendu

L’équipe Pollen a suspendu votre profil de financeur.

Motif :
{{ reason }}

Pendant la suspension, aucun projet ne vous est proposé et les propositions en attente de votre réponse sont retirées. Un e-mail vous préviendra lorsque la suspension sera levée.

Accéder à Pollen : {{ appUrl }}`,
    summary:
      'L’équipe Pollen a suspendu votre profil de financeur. Pendant la suspension, aucun projet ne vous est proposé et les propositions en attente de votre réponse sont retirées.',
  },
  en: {
    subject: 'Your investor profile has been suspended',
    html: `<h1>Profile suspended</h1>
<p>The Pollen team has suspended your investor profile.</p>
<p>Reason:</p>
<blockquote>{{ reason }}</blockquote>
<p>While it is suspended, no project is proposed to you and the proposals awaiting your answer are withdrawn. An e-mail will let you know when the suspension is lifted.</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `Profile suspended

The Pollen team has suspended your investor profile.

Reason:
{{ reason }}

While it is suspended, no project is proposed to you and the proposals awaiting your answer are withdrawn. An e-mail will let you know when the suspension is lifted.

Go to Pollen: {{ appUrl }}`,
    summary:
      'The Pollen team has suspended your investor profile. While it is suspended, no project is proposed to you and the proposals awaiting your answer are withdrawn.',
  },
};
