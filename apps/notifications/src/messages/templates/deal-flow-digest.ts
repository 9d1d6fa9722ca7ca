import type { MessageTemplates } from './template';

/**
 * To an investor on daily alerts: the day's new matches, each listed as match-proposed lists it,
 * and how to go back to one e-mail per match.
 */
export const dealFlowDigestTemplates: MessageTemplates = {
  fr: {
    subject:
      'Votre récapitulatif du {{ day }} : {% if matches.size == 1 %}un projet correspond{% else %}{{ matches.size }} projets correspondent{% endif %} à votre thèse',
    html: `<h1>Votre récapitulatif du {{ day }}</h1>
<p>{% if matches.size == 1 %}Depuis votre dernier récapitulatif, un nouveau projet correspond à votre thèse d’investissement.{% else %}Depuis votre dernier récapitulatif, {{ matches.size }} nouveaux projets correspondent à votre thèse d’investissement.{% endif %}</p>
{% for match in matches -%}
<h2>« {{ match.project }} »</h2>
<ul>
<li>Structure : {{ match.organisation }}</li>
<li>Montant recherché : {{ match.amount }}</li>
<li>Type de financement : {{ match.instrument }}</li>
<li>Score d’adéquation : {{ match.score }}/100</li>
<li>Référence de la proposition : {{ match.matchId }}</li>
</ul>
{% endfor -%}
<p>Sur Pollen, vous trouverez le détail de chaque score, critère par critère, et pourrez manifester votre intérêt ou passer votre tour. Les coordonnées d’un porteur de projet ne vous sont transmises que s’il accepte la mise en relation.</p>
<p>Vous recevez ce récapitulatif une fois par jour, comme vous l’avez choisi. Pour recevoir chaque projet dès qu’il vous est proposé, choisissez plutôt les alertes immédiates dans vos préférences de notification.</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `Votre récapitulatif du {{ day }}

{% if matches.size == 1 -%}
Depuis votre dernier récapitulatif, un nouveau projet correspond à votre thèse d’investissement.
{% else -%}
Depuis votre dernier récapitulatif, {{ matches.size }} nouveaux projets correspondent à votre thèse d’investissement.
{% endif %}
{% for match in matches -%}
« {{ match.project }} »
- Structure : {{ match.organisation }}
- Montant recherché : {{ match.amount }}
- Type de financement : {{ match.instrument }}
- Score d’adéquation : {{ match.score }}/100
- Référence de la proposition : {{ match.matchId }}

{% endfor -%}
Sur Pollen, vous trouverez le détail de chaque score, critère par critère, et pourrez manifester votre intérêt ou passer votre tour. Les coordonnées d’un porteur de projet ne vous sont transmises que s’il accepte la mise en relation.

Vous recevez ce récapitulatif une fois par jour, comme vous l’avez choisi. Pour recevoir chaque projet dès qu’il vous est proposé, choisissez plutôt les alertes immédiates dans vos préférences de notification.

Accéder à Pollen : {{ appUrl }}`,
    summary:
      'Depuis votre dernier récapitulatif, {% if matches.size == 1 %}un nouveau projet correspond{% else %}{{ matches.size }} nouveaux projets correspondent{% endif %} à votre thèse d’investissement : {% for match in matches %}« {{ match.project }} »{% unless forloop.last %}, {% endunless %}{% endfor %}.',
  },
  en: {
    subject:
      'Your digest of {{ day }}: {% if matches.size == 1 %}a project fits{% else %}{{ matches.size }} projects fit{% endif %} your thesis',
    html: `<h1>Your digest of {{ day }}</h1>
<p>{% if matches.size == 1 %}Since your last digest, a new project fits your investment thesis.{% else %}Since your last digest, {{ matches.size }} new projects fit your investment thesis.{% endif %}</p>
{% for match in matches -%}
<h2>“{{ match.project }}”</h2>
<ul>
<li>Organisation: {{ match.organisation }}</li>
<li>Amount sought: {{ match.amount }}</li>
<li>Type of funding: {{ match.instrument }}</li>
<li>Match score: {{ match.score }}/100</li>
<li>Proposal reference: {{ match.matchId }}</li>
</ul>
{% endfor -%}
<p>On Pollen, you will find how each score is made up, criterion by criterion, and can express your interest or pass. An applicant’s contact details are shared with you only if they accept the introduction.</p>
<p>You receive this digest once a day, as you chose. To receive each project as soon as it is proposed to you, choose immediate alerts in your notification preferences.</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `Your digest of {{ day }}

{% if matches.size == 1 -%}
Since your last digest, a new project fits your investment thesis.
{% else -%}
Since your last digest, {{ matches.size }} new projects fit your investment thesis.
{% endif %}
{% for match in matches -%}
“{{ match.project }}”
- Organisation: {{ match.organisation }}
- Amount sought: {{ match.amount }}
- Type of funding: {{ match.instrument }}
- Match score: {{ match.score }}/100
- Proposal reference: {{ match.matchId }}

{% endfor -%}
On Pollen, you will find how each score is made up, criterion by criterion, and can express your interest or pass. An applicant’s contact details are shared with you only if they accept the introduction.

You receive this digest once a day, as you chose. To receive each project as soon as it is proposed to you, choose immediate alerts in your notification preferences.

Go to Pollen: {{ appUrl }}`,
    summary:
      'Since your last digest, {% if matches.size == 1 %}a new project fits{% else %}{{ matches.size }} new projects fit{% endif %} your investment thesis: {% for match in matches %}“{{ match.project }}”{% unless forloop.last %}, {% endunless %}{% endfor %}.',
  },
};
