import type { MessageTemplates } from './template';

/** To the applicant: eligible and what follows, or each rule their application fails. */
export const applicationScreenedTemplates: MessageTemplates = {
  fr: {
    subject:
      '{% if eligible %}Votre candidature « {{ project }} » est éligible{% else %}Votre candidature « {{ project }} » n’est pas éligible{% endif %}',
    html: `{% if eligible -%}
<h1>Candidature éligible</h1>
<p>Votre candidature pour le projet « {{ project }} » remplit tous les critères d’éligibilité du programme.</p>
<p>Elle va maintenant être étudiée en vue de la décision du comité et, si vous y avez consenti, présentée aux financeurs dont la thèse d’investissement lui correspond. Nous vous écrirons dès qu’il y aura du nouveau.</p>
{% else -%}
<h1>Candidature non éligible</h1>
<p>Votre candidature pour le projet « {{ project }} » ne remplit pas {% if reasons.size == 1 %}le critère d’éligibilité suivant{% else %}les critères d’éligibilité suivants{% endif %} :</p>
<ul>
{% for reason in reasons -%}
<li>{{ reason }}</li>
{% endfor -%}
</ul>
<p>Elle ne peut donc pas être étudiée par le comité. Si votre situation évolue, vous pouvez déposer une nouvelle candidature, à ce programme ou à un autre appel à projets.</p>
{% endif -%}
<p>Référence de la candidature : {{ applicationId }}</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `{% if eligible -%}
Candidature éligible

Votre candidature pour le projet « {{ project }} » remplit tous les critères d’éligibilité du programme.

Elle va maintenant être étudiée en vue de la décision du comité et, si vous y avez consenti, présentée aux financeurs dont la thèse d’investissement lui correspond. Nous vous écrirons dès qu’il y aura du nouveau.
{% else -%}
Candidature non éligible

Votre candidature pour le projet « {{ project }} » ne remplit pas {% if reasons.size == 1 %}le critère d’éligibilité suivant{% else %}les critères d’éligibilité suivants{% endif %} :
{% for reason in reasons -%}
- {{ reason }}
{% endfor %}
Elle ne peut donc pas être étudiée par le comité. Si votre situation évolue, vous pouvez déposer une nouvelle candidature, à ce programme ou à un autre appel à projets.
{% endif %}
Référence de la candidature : {{ applicationId }}

Accéder à Pollen : {{ appUrl }}`,
    summary:
      '{% if eligible %}Votre candidature pour le projet « {{ project }} » remplit tous les critères d’éligibilité du programme : elle va être étudiée en vue de la décision du comité.{% else %}Votre candidature pour le projet « {{ project }} » ne remplit pas {% if reasons.size == 1 %}l’un{% else %}{{ reasons.size }}{% endif %} des critères d’éligibilité du programme : elle ne peut donc pas être étudiée par le comité.{% endif %}',
  },
  en: {
    subject:
      '{% if eligible %}Your application “{{ project }}” is eligible{% else %}Your application “{{ project }}” is not eligible{% endif %}',
    html: `{% if eligible -%}
<h1>Application eligible</h1>
<p>Your application for the project “{{ project }}” meets every eligibility rule of the programme.</p>
<p>It will now be reviewed for the committee’s decision and, if you consented, shown to the investors whose investment thesis it fits. We will write to you as soon as there is news.</p>
{% else -%}
<h1>Application not eligible</h1>
<p>Your application for the project “{{ project }}” does not meet {% if reasons.size == 1 %}the following eligibility rule{% else %}the following eligibility rules{% endif %}:</p>
<ul>
{% for reason in reasons -%}
<li>{{ reason }}</li>
{% endfor -%}
</ul>
<p>It therefore cannot be reviewed by the committee. If your situation changes, you may submit a new application, to this programme or to another call for projects.</p>
{% endif -%}
<p>Application reference: {{ applicationId }}</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `{% if eligible -%}
Application eligible

Your application for the project “{{ project }}” meets every eligibility rule of the programme.

It will now be reviewed for the committee’s decision and, if you consented, shown to the investors whose investment thesis it fits. We will write to you as soon as there is news.
{% else -%}
Application not eligible

Your application for the project “{{ project }}” does not meet {% if reasons.size == 1 %}the following eligibility rule{% else %}the following eligibility rules{% endif %}:
{% for reason in reasons -%}
- {{ reason }}
{% endfor %}
It therefore cannot be reviewed by the committee. If your situation changes, you may submit a new application, to this programme or to another call for projects.
{% endif %}
Application reference: {{ applicationId }}

Go to Pollen: {{ appUrl }}`,
    summary:
      '{% if eligible %}Your application for the project “{{ project }}” meets every eligibility rule of the programme: it will now be reviewed for the committee’s decision.{% else %}Your application for the project “{{ project }}” does not meet {% if reasons.size == 1 %}one{% else %}{{ reasons.size }}{% endif %} of the programme’s eligibility rules: it therefore cannot be reviewed by the committee.{% endif %}',
  },
};
