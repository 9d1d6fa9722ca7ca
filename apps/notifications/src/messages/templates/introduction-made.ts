import type { MessageTemplates } from './template';

/**
 * To each side of an introduction: whom they now meet, how to reach them, and the confidentiality
 * agreement (with a letter of intent when the investor asked for one) that Pollen prepares next.
 */
export const introductionMadeTemplates: MessageTemplates = {
  fr: {
    subject: 'Mise en relation avec {{ counterpart.organisation }} pour « {{ project }} »',
    html: `<h1>Mise en relation établie</h1>
{% if side == 'applicant' -%}
<p>Vous avez accepté la mise en relation avec {{ counterpart.organisation }}, financeur intéressé par votre projet « {{ project }} ». Voici le contact de votre interlocuteur ; vos coordonnées lui ont été transmises en retour.</p>
{% else -%}
<p>La structure {{ counterpart.organisation }} a donné suite à votre intérêt pour son projet « {{ project }} » : vous êtes désormais en relation. Voici le contact de votre interlocuteur ; vos coordonnées lui ont été transmises en retour.</p>
{% endif -%}
<ul>
<li>Nom : {{ counterpart.name }}</li>
<li>Structure : {{ counterpart.organisation }}</li>
<li>E-mail : <a href="mailto:{{ counterpart.email }}">{{ counterpart.email }}</a></li>
{% if counterpart.phone -%}
<li>Téléphone : {{ counterpart.phone }}</li>
{% endif -%}
</ul>
<p>Ces coordonnées vous sont communiquées pour cette mise en relation uniquement.</p>
<h2>Prochaine étape</h2>
<p>Pollen prépare l’accord de confidentialité entre vos deux structures{% if side == 'applicant' %}, accompagné d’une lettre d’intention si le financeur en a demandé une{% else %}, accompagné de la lettre d’intention si vous en avez demandé une{% endif %}. Vous recevrez un e-mail dès qu’il sera prêt à être signé : il encadre les informations que vous échangerez pendant l’étude approfondie du projet.</p>
<ul>
<li>Référence de la candidature : {{ applicationId }}</li>
<li>Référence de la mise en relation : {{ matchId }}</li>
</ul>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `Mise en relation établie

{% if side == 'applicant' -%}
Vous avez accepté la mise en relation avec {{ counterpart.organisation }}, financeur intéressé par votre projet « {{ project }} ». Voici le contact de votre interlocuteur ; vos coordonnées lui ont été transmises en retour.
{% else -%}
La structure {{ counterpart.organisation }} a donné suite à votre intérêt pour son projet « {{ project }} » : vous êtes désormais en relation. Voici le contact de votre interlocuteur ; vos coordonnées lui ont été transmises en retour.
{% endif %}
- Nom : {{ counterpart.name }}
- Structure : {{ counterpart.organisation }}
- E-mail : {{ counterpart.email }}
{% if counterpart.phone -%}
- Téléphone : {{ counterpart.phone }}
{% endif %}
Ces coordonnées vous sont communiquées pour cette mise en relation uniquement.

Prochaine étape
Pollen prépare l’accord de confidentialité entre vos deux structures{% if side == 'applicant' %}, accompagné d’une lettre d’intention si le financeur en a demandé une{% else %}, accompagné de la lettre d’intention si vous en avez demandé une{% endif %}. Vous recevrez un e-mail dès qu’il sera prêt à être signé : il encadre les informations que vous échangerez pendant l’étude approfondie du projet.

- Référence de la candidature : {{ applicationId }}
- Référence de la mise en relation : {{ matchId }}

Accéder à Pollen : {{ appUrl }}`,
    summary: `{% if side == 'applicant' %}Vous êtes désormais en relation avec {{ counterpart.organisation }}, financeur intéressé par votre projet « {{ project }} », et avez reçu ses coordonnées.{% else %}La structure {{ counterpart.organisation }} a donné suite à votre intérêt pour son projet « {{ project }} » : vous êtes désormais en relation et avez reçu ses coordonnées.{% endif %} Pollen prépare l’accord de confidentialité entre vos deux structures.`,
  },
  en: {
    subject: 'Introduction to {{ counterpart.organisation }} for “{{ project }}”',
    html: `<h1>Introduction made</h1>
{% if side == 'applicant' -%}
<p>You accepted the introduction to {{ counterpart.organisation }}, an investor interested in your project “{{ project }}”. Here is your contact there; your contact details have been shared with them in return.</p>
{% else -%}
<p>{{ counterpart.organisation }} has accepted your interest in their project “{{ project }}”: you are now in touch. Here is your contact there; your contact details have been shared with them in return.</p>
{% endif -%}
<ul>
<li>Name: {{ counterpart.name }}</li>
<li>Organisation: {{ counterpart.organisation }}</li>
<li>E-mail: <a href="mailto:{{ counterpart.email }}">{{ counterpart.email }}</a></li>
{% if counterpart.phone -%}
<li>Phone: {{ counterpart.phone }}</li>
{% endif -%}
</ul>
<p>These contact details are shared with you for this introduction only.</p>
<h2>Next step</h2>
<p>Pollen is preparing the confidentiality agreement between your two organisations{% if side == 'applicant' %}, with a letter of intent if the investor asked for one{% else %}, with the letter of intent if you asked for one{% endif %}. You will receive an e-mail as soon as it is ready to sign: it covers the information you will exchange during the due diligence.</p>
<ul>
<li>Application reference: {{ applicationId }}</li>
<li>Introduction reference: {{ matchId }}</li>
</ul>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `Introduction made

{% if side == 'applicant' -%}
You accepted the introduction to {{ counterpart.organisation }}, an investor interested in your project “{{ project }}”. Here is your contact there; your contact details have been shared with them in return.
{% else -%}
{{ counterpart.organisation }} has accepted your interest in their project “{{ project }}”: you are now in touch. Here is your contact there; your contact details have been shared with them in return.
{% endif %}
- Name: {{ counterpart.name }}
- Organisation: {{ counterpart.organisation }}
- E-mail: {{ counterpart.email }}
{% if counterpart.phone -%}
- Phone: {{ counterpart.phone }}
{% endif %}
These contact details are shared with you for this introduction only.

Next step
Pollen is preparing the confidentiality agreement between your two organisations{% if side == 'applicant' %}, with a letter of intent if the investor asked for one{% else %}, with the letter of intent if you asked for one{% endif %}. You will receive an e-mail as soon as it is ready to sign: it covers the information you will exchange during the due diligence.

- Application reference: {{ applicationId }}
- Introduction reference: {{ matchId }}

Go to Pollen: {{ appUrl }}`,
    summary: `{% if side == 'applicant' %}You are now in touch with {{ counterpart.organisation }}, an investor interested in your project “{{ project }}”, and have received their contact details.{% else %}{{ counterpart.organisation }} has accepted your interest in their project “{{ project }}”: you are now in touch and have received their contact details.{% endif %} Pollen is preparing the confidentiality agreement between your two organisations.`,
  },
};
