import type { MessageTemplates } from './template';

/** To a new account: what its role does next on Pollen. */
export const welcomeTemplates: MessageTemplates = {
  fr: {
    subject: 'Bienvenue sur Pollen',
    html: `<h1>Bienvenue sur Pollen</h1>
<p>Votre compte est ouvert, avec le profil « {{ role | role_name }} ».</p>
{% case role -%}
{% when 'applicant' -%}
<p>Vous pouvez dès à présent répondre aux appels à projets ouverts : préparez votre candidature, joignez les pièces demandées, puis déposez-la avant la date de clôture.</p>
<p>Nous vous écrirons à chaque étape : vérification de l’éligibilité, décision du comité, intérêt d’un financeur et mise en relation.</p>
{% when 'investor' -%}
<p>Pour recevoir des projets, complétez votre profil de financeur et votre thèse d’investissement : territoires, thématiques d’impact, instruments et montants.</p>
<p>L’équipe Pollen vérifie chaque profil avant de proposer des projets ; un e-mail vous préviendra dès que le vôtre sera validé.</p>
{% when 'operator' -%}
<p>Vous pouvez gérer les programmes et leurs appels à projets, suivre les candidatures et valider les profils des financeurs.</p>
{% endcase -%}
<p><a href="{{ appUrl }}">Se connecter à Pollen</a></p>`,
    text: `Bienvenue sur Pollen

Votre compte est ouvert, avec le profil « {{ role | role_name }} ».

{% case role -%}
{% when 'applicant' -%}
Vous pouvez dès à présent répondre aux appels à projets ouverts : préparez votre candidature, joignez les pièces demandées, puis déposez-la avant la date de clôture.

Nous vous écrirons à chaque étape : vérification de l’éligibilité, décision du comité, intérêt d’un financeur et mise en relation.
{% when 'investor' -%}
Pour recevoir des projets, complétez votre profil de financeur et votre thèse d’investissement : territoires, thématiques d’impact, instruments et montants.

L’équipe Pollen vérifie chaque profil avant de proposer des projets ; un e-mail vous préviendra dès que le vôtre sera validé.
{% when 'operator' -%}
Vous pouvez gérer les programmes et leurs appels à projets, suivre les candidatures et valider les profils des financeurs.
{% endcase %}
Se connecter à Pollen : {{ appUrl }}`,
    summary: `Votre compte est ouvert, avec le profil « {{ role | role_name }} » : {% case role %}{% when 'applicant' %}vous pouvez dès à présent répondre aux appels à projets ouverts.{% when 'investor' %}complétez votre profil de financeur et votre thèse d’investissement pour recevoir des projets.{% when 'operator' %}vous pouvez gérer les programmes et leurs appels à projets.{% endcase %}`,
  },
  en: {
    subject: 'Welcome to Pollen',
    html: `<h1>Welcome to Pollen</h1>
<p>Your account is open, with the “{{ role | role_name }}” profile.</p>
{% case role -%}
{% when 'applicant' -%}
<p>You can now answer the open calls for projects: prepare your application, attach the documents requested, then submit it before the closing date.</p>
<p>We will write to you at each step: the eligibility check, the committee’s decision, an investor’s interest and introductions.</p>
{% when 'investor' -%}
<p>To receive projects, complete your investor profile and your investment thesis: regions, impact areas, instruments and amounts.</p>
<p>The Pollen team reviews each profile before proposing projects; an e-mail will let you know as soon as yours is approved.</p>
{% when 'operator' -%}
<p>You can run programmes and their calls for projects, follow applications and approve investor profiles.</p>
{% endcase -%}
<p><a href="{{ appUrl }}">Sign in to Pollen</a></p>`,
    text: `Welcome to Pollen

Your account is open, with the “{{ role | role_name }}” profile.

{% case role -%}
{% when 'applicant' -%}
You can now answer the open calls for projects: prepare your application, attach the documents requested, then submit it before the closing date.

We will write to you at each step: the eligibility check, the committee’s decision, an investor’s interest and introductions.
{% when 'investor' -%}
To receive projects, complete your investor profile and your investment thesis: regions, impact areas, instruments and amounts.

The Pollen team reviews each profile before proposing projects; an e-mail will let you know as soon as yours is approved.
{% when 'operator' -%}
You can run programmes and their calls for projects, follow applications and approve investor profiles.
{% endcase %}
Sign in to Pollen: {{ appUrl }}`,
    summary: `Your account is open, with the “{{ role | role_name }}” profile: {% case role %}{% when 'applicant' %}you can now answer the open calls for projects.{% when 'investor' %}complete your investor profile and your investment thesis to receive projects.{% when 'operator' %}you can run programmes and their calls for projects.{% endcase %}`,
  },
};
