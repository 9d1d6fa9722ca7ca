import type { MessageTemplates } from './template';

/** To the applicant: the committee's decision with its reason, and the agreement to come when funded. */
export const applicationDecidedTemplates: MessageTemplates = {
  fr: {
    subject:
      '{% if funded %}Financement accordé à votre projet « {{ project }} »{% else %}Décision du comité pour votre projet « {{ project }} »{% endif %}',
    html: `{% if funded -%}
<h1>Financement accordé</h1>
<p>Le comité a décidé de financer votre projet « {{ project }} »{% if amount %} à hauteur de {{ amount }}{% endif %}.</p>
<p>Motif de la décision :</p>
<blockquote>{{ reason }}</blockquote>
<h2>Et maintenant ?</h2>
<p>Le document contractuel de ce financement (convention de subvention, contrat de prêt…) est en préparation. Vous recevrez un e-mail dès qu’il sera prêt à être signé sur Pollen.</p>
{% else -%}
<h1>Décision du comité</h1>
<p>Après examen, le comité n’a pas retenu votre projet « {{ project }} » pour un financement.</p>
<p>Motif de la décision :</p>
<blockquote>{{ reason }}</blockquote>
<p>Cette décision ne concerne que ce programme : vous pouvez présenter votre projet à d’autres appels à projets sur Pollen.</p>
{% endif -%}
<p>Référence de la candidature : {{ applicationId }}</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `{% if funded -%}
Financement accordé

Le comité a décidé de financer votre projet « {{ project }} »{% if amount %} à hauteur de {{ amount }}{% endif %}.

Motif de la décision :
{{ reason }}

Et maintenant ?
Le document contractuel de ce financement (convention de subvention, contrat de prêt…) est en préparation. Vous recevrez un e-mail dès qu’il sera prêt à être signé sur Pollen.
{% else -%}
Décision du comité

Après examen, le comité n’a pas retenu votre projet « {{ project }} » pour un financement.

Motif de la décision :
{{ reason }}

Cette décision ne concerne que ce programme : vous pouvez présenter votre projet à d’autres appels à projets sur Pollen.
{% endif %}
Référence de la candidature : {{ applicationId }}

Accéder à Pollen : {{ appUrl }}`,
    summary:
      '{% if funded %}Le comité a décidé de financer votre projet « {{ project }} »{% if amount %} à hauteur de {{ amount }}{% endif %}. Le document contractuel de ce financement est en préparation.{% else %}Après examen, le comité n’a pas retenu votre projet « {{ project }} » pour un financement. Cette décision ne concerne que ce programme.{% endif %}',
  },
  en: {
    subject:
      '{% if funded %}Funding granted to your project “{{ project }}”{% else %}Committee decision on your project “{{ project }}”{% endif %}',
    html: `{% if funded -%}
<h1>Funding granted</h1>
<p>The committee decided to fund your project “{{ project }}”{% if amount %} with {{ amount }}{% endif %}.</p>
<p>Reason for the decision:</p>
<blockquote>{{ reason }}</blockquote>
<h2>What happens next</h2>
<p>The agreement for this funding (grant agreement, loan contract…) is being prepared. You will receive an e-mail as soon as it is ready to sign on Pollen.</p>
{% else -%}
<h1>Committee decision</h1>
<p>After review, the committee did not select your project “{{ project }}” for funding.</p>
<p>Reason for the decision:</p>
<blockquote>{{ reason }}</blockquote>
<p>This decision concerns this programme only: you may present your project to other calls for projects on Pollen.</p>
{% endif -%}
<p>Application reference: {{ applicationId }}</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `{% if funded -%}
Funding granted

The committee decided to fund your project “{{ project }}”{% if amount %} with {{ amount }}{% endif %}.

Reason for the decision:
{{ reason }}

What happens next
The agreement for this funding (grant agreement, loan contract…) is being prepared. You will receive an e-mail as soon as it is ready to sign on Pollen.
{% else -%}
Committee decision

After review, the committee did not select your project “{{ project }}” for funding.

Reason for the decision:
{{ reason }}

This decision concerns this programme only: you may present your project to other calls for projects on Pollen.
{% endif %}
Application reference: {{ applicationId }}

Go to Pollen: {{ appUrl }}`,
    summary:
      '{% if funded %}The committee decided to fund your project “{{ project }}”{% if amount %} with {{ amount }}{% endif %}. The agreement for this funding is being prepared.{% else %}After review, the committee did not select your project “{{ project }}” for funding. This decision concerns this programme only.{% endif %}',
  },
};
