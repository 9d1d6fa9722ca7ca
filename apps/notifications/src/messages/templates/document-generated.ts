import type { MessageTemplates } from './template';

/** To each party: an agreement to read and sign, and what signing on Pollen asks of them. */
export const documentGeneratedTemplates: MessageTemplates = {
  fr: {
    subject: 'Document à signer : « {{ title }} »',
    html: `<h1>Un document attend votre signature</h1>
<p>Le document « {{ title }} » est prêt. Lisez-le attentivement, puis signez-le sur Pollen.</p>
<ul>
<li>Référence du document : {{ documentId }}</li>
{% if applicationId -%}
<li>Référence de la candidature : {{ applicationId }}</li>
{% endif -%}
</ul>
<h2>Avant de signer</h2>
<p>La signature engage votre structure : elle revient à une personne habilitée à la représenter selon ses statuts (présidente, gérant, directrice…), qui indique son nom et sa qualité. Votre mot de passe vous sera redemandé au moment de signer.</p>
<p>Vous signez la version française du document, la seule qui engage les parties.</p>
<p><a href="{{ appUrl }}">Lire et signer sur Pollen</a></p>`,
    text: `Un document attend votre signature

Le document « {{ title }} » est prêt. Lisez-le attentivement, puis signez-le sur Pollen.

- Référence du document : {{ documentId }}
{% if applicationId -%}
- Référence de la candidature : {{ applicationId }}
{% endif %}
Avant de signer
La signature engage votre structure : elle revient à une personne habilitée à la représenter selon ses statuts (présidente, gérant, directrice…), qui indique son nom et sa qualité. Votre mot de passe vous sera redemandé au moment de signer.

Vous signez la version française du document, la seule qui engage les parties.

Lire et signer sur Pollen : {{ appUrl }}`,
    summary: 'Le document « {{ title }} » est prêt : lisez-le attentivement, puis signez-le sur Pollen.',
  },
  en: {
    subject: 'Document to sign: “{{ title }}”',
    html: `<h1>A document awaits your signature</h1>
<p>The document “{{ title }}” is ready. Read it carefully, then sign it on Pollen.</p>
<ul>
<li>Document reference: {{ documentId }}</li>
{% if applicationId -%}
<li>Application reference: {{ applicationId }}</li>
{% endif -%}
</ul>
<h2>Before you sign</h2>
<p>Signing commits your organisation: it is for a person empowered to represent it under its statutes (chair, managing director…), who gives their name and capacity. You will be asked for your password again when you sign.</p>
<p>You sign the French version of the document, the only binding one; the English translation beside it is for reading.</p>
<p><a href="{{ appUrl }}">Read and sign on Pollen</a></p>`,
    text: `A document awaits your signature

The document “{{ title }}” is ready. Read it carefully, then sign it on Pollen.

- Document reference: {{ documentId }}
{% if applicationId -%}
- Application reference: {{ applicationId }}
{% endif %}
Before you sign
Signing commits your organisation: it is for a person empowered to represent it under its statutes (chair, managing director…), who gives their name and capacity. You will be asked for your password again when you sign.

You sign the French version of the document, the only binding one; the English translation beside it is for reading.

Read and sign on Pollen: {{ appUrl }}`,
    summary: 'The document “{{ title }}” is ready: read it carefully, then sign it on Pollen.',
  },
};
