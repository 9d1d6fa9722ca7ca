import type { MessageTemplates } from './template';

/** To each party: everyone signed, the signed PDF is there to keep. */
export const documentSignedTemplates: MessageTemplates = {
  fr: {
    subject: 'Document signé : « {{ title }} »',
    html: `<h1>Document signé par toutes les parties</h1>
<p>Toutes les parties ont signé le document « {{ title }} ».</p>
<p>Le PDF signé, suivi de sa page de certificat qui récapitule chaque signature, est disponible sur Pollen. Téléchargez-le et conservez-le avec vos documents contractuels.</p>
<ul>
<li>Référence du document : {{ documentId }}</li>
{% if applicationId -%}
<li>Référence de la candidature : {{ applicationId }}</li>
{% endif -%}
</ul>
<p><a href="{{ appUrl }}">Télécharger le document sur Pollen</a></p>`,
    text: `Document signé par toutes les parties

Toutes les parties ont signé le document « {{ title }} ».

Le PDF signé, suivi de sa page de certificat qui récapitule chaque signature, est disponible sur Pollen. Téléchargez-le et conservez-le avec vos documents contractuels.

- Référence du document : {{ documentId }}
{% if applicationId -%}
- Référence de la candidature : {{ applicationId }}
{% endif %}
Télécharger le document sur Pollen : {{ appUrl }}`,
    summary: 'Toutes les parties ont signé le document « {{ title }} » : le PDF signé est disponible sur Pollen.',
  },
  en: {
    subject: 'Document signed: “{{ title }}”',
    html: `<h1>Document signed by every party</h1>
<p>Every party has signed the document “{{ title }}”.</p>
<p>The signed PDF, followed by its certificate page listing each signature, is available on Pollen. Download it and keep it with your contractual documents.</p>
<ul>
<li>Document reference: {{ documentId }}</li>
{% if applicationId -%}
<li>Application reference: {{ applicationId }}</li>
{% endif -%}
</ul>
<p><a href="{{ appUrl }}">Download the document on Pollen</a></p>`,
    text: `Document signed by every party

Every party has signed the document “{{ title }}”.

The signed PDF, followed by its certificate page listing each signature, is available on Pollen. Download it and keep it with your contractual documents.

- Document reference: {{ documentId }}
{% if applicationId -%}
- Application reference: {{ applicationId }}
{% endif %}
Download the document on Pollen: {{ appUrl }}`,
    summary: 'Every party has signed the document “{{ title }}”: the signed PDF is available on Pollen.',
  },
};
