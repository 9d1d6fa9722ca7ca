import type { MessageTemplates } from './template';

/** To the owner of a webhook endpoint: it failed every delivery for a day, so nothing more is sent to it. */
export const webhookDisabledTemplates: MessageTemplates = {
  fr: {
    subject: 'Webhook désactivé : {{ url }}',
    html: `<h1>Webhook désactivé</h1>
<p>Depuis le {{ failingSince }}, chaque envoi d’événement à votre webhook a échoué. Après une journée sans aucune livraison réussie, Pollen l’a désactivé : aucun événement ne lui est plus envoyé.</p>
<ul>
<li>Adresse : {{ url }}</li>
<li>Premier échec : {{ failingSince }}</li>
<li>Référence du webhook : {{ endpointId }}</li>
</ul>
<p>Dernière erreur constatée :</p>
<blockquote>{{ lastError }}</blockquote>
<h2>Et maintenant ?</h2>
<p>Vérifiez que votre serveur répond de nouveau à cette adresse, puis enregistrez-la à nouveau comme webhook sur Pollen : les événements lui seront de nouveau envoyés.</p>
<p><a href="{{ appUrl }}">Accéder à Pollen</a></p>`,
    text: `Webhook désactivé

Depuis le {{ failingSince }}, chaque envoi d’événement à votre webhook a échoué. Après une journée sans aucune livraison réussie, Pollen l’a désactivé : aucun événement ne lui est plus envoyé.

- Adresse : {{ url }}
- Premier échec : {{ failingSince }}
- Référence du webhook : {{ endpointId }}

Dernière erreur constatée :
{{ lastError }}

Et maintenant ?
Vérifiez que votre serveur répond de nouveau à cette adresse, puis enregistrez-la à nouveau comme webhook sur Pollen : les événements lui seront de nouveau envoyés.

Accéder à Pollen : {{ appUrl }}`,
    summary:
      'Chaque envoi d’événement à votre webhook échoue depuis le {{ failingSince }} : Pollen l’a désactivé et ne lui envoie plus aucun événement. Vous pourrez l’enregistrer à nouveau dès qu’il répondra.',
  },
  en: {
    subject: 'Webhook disabled: {{ url }}',
    html: `<h1>Webhook disabled</h1>
<p>Since {{ failingSince }}, every delivery of an event to your webhook has failed. After a day without a single successful delivery, Pollen has disabled it: no more events are sent to it.</p>
<ul>
<li>URL: {{ url }}</li>
<li>First failure: {{ failingSince }}</li>
<li>Webhook reference: {{ endpointId }}</li>
</ul>
<p>Last error seen:</p>
<blockquote>{{ lastError }}</blockquote>
<h2>What happens next</h2>
<p>Check that your server answers at this URL again, then register it again as a webhook on Pollen: events will be sent to it again.</p>
<p><a href="{{ appUrl }}">Go to Pollen</a></p>`,
    text: `Webhook disabled

Since {{ failingSince }}, every delivery of an event to your webhook has failed. After a day without a single successful delivery, Pollen has disabled it: no more events are sent to it.

- URL: {{ url }}
- First failure: {{ failingSince }}
- Webhook reference: {{ endpointId }}

Last error seen:
{{ lastError }}

What happens next
Check that your server answers at this URL again, then register it again as a webhook on Pollen: events will be sent to it again.

Go to Pollen: {{ appUrl }}`,
    summary:
      'Every delivery of an event to your webhook has failed since {{ failingSince }}: Pollen has disabled it and no longer sends it any events. You can register it again once it answers.',
  },
};
