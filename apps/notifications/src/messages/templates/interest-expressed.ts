import type { MessageTemplates } from './template';

/** To the applicant: an investor would like to meet; nothing about them is shared unless they accept. */
export const interestExpressedTemplates: MessageTemplates = {
  fr: {
    subject: 'Un financeur s’intéresse à votre projet « {{ project }} »',
    html: `<h1>Un financeur s’intéresse à votre projet</h1>
<p>Le financeur {{ investor }} a manifesté son intérêt pour votre projet « {{ project }} »{% if amount %} et envisage un financement de {{ amount }}{% endif %}.</p>
<p>Si vous acceptez la mise en relation, Pollen transmet vos coordonnées à ce financeur et vous communique les siennes ; un accord de confidentialité vous sera ensuite proposé à la signature. Si vous la refusez, vos coordonnées ne lui sont pas communiquées.</p>
<ul>
<li>Référence de la candidature : {{ applicationId }}</li>
<li>Référence de la proposition : {{ matchId }}</li>
</ul>
<p><a href="{{ appUrl }}">Répondre sur Pollen</a></p>`,
    text: `Un financeur s’intéresse à votre projet

Le financeur {{ investor }} a manifesté son intérêt pour votre projet « {{ project }} »{% if amount %} et envisage un financement de {{ amount }}{% endif %}.

Si vous acceptez la mise en relation, Pollen transmet vos coordonnées à ce financeur et vous communique les siennes ; un accord de confidentialité vous sera ensuite proposé à la signature. Si vous la refusez, vos coordonnées ne lui sont pas communiquées.

- Référence de la candidature : {{ applicationId }}
- Référence de la proposition : {{ matchId }}

Répondre sur Pollen : {{ appUrl }}`,
    summary:
      'Le financeur {{ investor }} a manifesté son intérêt pour votre projet « {{ project }} »{% if amount %} et envisage un financement de {{ amount }}{% endif %}. Vos coordonnées ne lui sont transmises que si vous acceptez la mise en relation.',
  },
  en: {
    subject: 'An investor is interested in your project “{{ project }}”',
    html: `<h1>An investor is interested in your project</h1>
<p>{{ investor }} has expressed interest in your project “{{ project }}”{% if amount %} and is considering funding of {{ amount }}{% endif %}.</p>
<p>If you accept the introduction, Pollen shares your contact details with this investor and gives you theirs; a confidentiality agreement will then be offered for signature. If you decline, your contact details are not shared with them.</p>
<ul>
<li>Application reference: {{ applicationId }}</li>
<li>Proposal reference: {{ matchId }}</li>
</ul>
<p><a href="{{ appUrl }}">Answer on Pollen</a></p>`,
    text: `An investor is interested in your project

{{ investor }} has expressed interest in your project “{{ project }}”{% if amount %} and is considering funding of {{ amount }}{% endif %}.

If you accept the introduction, Pollen shares your contact details with this investor and gives you theirs; a confidentiality agreement will then be offered for signature. If you decline, your contact details are not shared with them.

- Application reference: {{ applicationId }}
- Proposal reference: {{ matchId }}

Answer on Pollen: {{ appUrl }}`,
    summary:
      '{{ investor }} has expressed interest in your project “{{ project }}”{% if amount %} and is considering funding of {{ amount }}{% endif %}. Your contact details are shared with them only if you accept the introduction.',
  },
};
