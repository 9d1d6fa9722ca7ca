import type { MessageTemplates } from './template';

/** To the applicant: a receipt of what they submitted, and what happens next. */
export const applicationSubmittedTemplates: MessageTemplates = {
  fr: {
    subject: 'Votre candidature « {{ project }} » a bien été déposée',
    html: `<h1>Candidature déposée</h1>
<p>Nous avons bien reçu votre candidature pour le projet « {{ project }} », déposée au nom de la structure {{ organisation }}.</p>
<h2>Récapitulatif</h2>
<ul>
<li>Structure : {{ organisation }}</li>
<li>Projet : {{ project }}</li>
<li>Montant demandé : {{ amount }}</li>
<li>Type de financement : {{ instrument }}</li>
<li>Date de dépôt : {{ submittedAt }}</li>
<li>Référence : {{ applicationId }}</li>
</ul>
<h2>Et maintenant ?</h2>
<p>Votre candidature va être vérifiée au regard des critères d’éligibilité du programme ; vous en recevrez le résultat par e-mail. Si elle est éligible, elle sera étudiée en vue de la décision du comité et, si vous y avez consenti, présentée aux financeurs dont la thèse d’investissement lui correspond.</p>
<p><a href="{{ appUrl }}">Suivre ma candidature sur Pollen</a></p>`,
    text: `Candidature déposée

Nous avons bien reçu votre candidature pour le projet « {{ project }} », déposée au nom de la structure {{ organisation }}.

Récapitulatif
- Structure : {{ organisation }}
- Projet : {{ project }}
- Montant demandé : {{ amount }}
- Type de financement : {{ instrument }}
- Date de dépôt : {{ submittedAt }}
- Référence : {{ applicationId }}

Et maintenant ?
Votre candidature va être vérifiée au regard des critères d’éligibilité du programme ; vous en recevrez le résultat par e-mail. Si elle est éligible, elle sera étudiée en vue de la décision du comité et, si vous y avez consenti, présentée aux financeurs dont la thèse d’investissement lui correspond.

Suivre ma candidature sur Pollen : {{ appUrl }}`,
    summary:
      'Nous avons bien reçu votre candidature pour le projet « {{ project }} » ({{ instrument }}, {{ amount }}), déposée au nom de la structure {{ organisation }}. Elle va être vérifiée au regard des critères d’éligibilité du programme.',
  },
  en: {
    subject: 'Your application “{{ project }}” has been submitted',
    html: `<h1>Application submitted</h1>
<p>We have received your application for the project “{{ project }}”, submitted on behalf of {{ organisation }}.</p>
<h2>Summary</h2>
<ul>
<li>Organisation: {{ organisation }}</li>
<li>Project: {{ project }}</li>
<li>Amount requested: {{ amount }}</li>
<li>Type of funding: {{ instrument }}</li>
<li>Submitted on: {{ submittedAt }}</li>
<li>Reference: {{ applicationId }}</li>
</ul>
<h2>What happens next</h2>
<p>Your application will be checked against the programme’s eligibility rules; you will receive the result by e-mail. If it is eligible, it will be reviewed for the committee’s decision and, if you consented, shown to the investors whose investment thesis it fits.</p>
<p><a href="{{ appUrl }}">Follow my application on Pollen</a></p>`,
    text: `Application submitted

We have received your application for the project “{{ project }}”, submitted on behalf of {{ organisation }}.

Summary
- Organisation: {{ organisation }}
- Project: {{ project }}
- Amount requested: {{ amount }}
- Type of funding: {{ instrument }}
- Submitted on: {{ submittedAt }}
- Reference: {{ applicationId }}

What happens next
Your application will be checked against the programme’s eligibility rules; you will receive the result by e-mail. If it is eligible, it will be reviewed for the committee’s decision and, if you consented, shown to the investors whose investment thesis it fits.

Follow my application on Pollen: {{ appUrl }}`,
    summary:
      'We have received your application for the project “{{ project }}” ({{ instrument }}, {{ amount }}), submitted on behalf of {{ organisation }}. It will be checked against the programme’s eligibility rules.',
  },
};
