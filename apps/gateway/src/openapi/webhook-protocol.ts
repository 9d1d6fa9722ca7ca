import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from '@pollen/contracts';

/**
 * What a receiver must know to accept Pollen's calls, for the route that registers an endpoint. The
 * events are read from the catalogue: a new one is documented by adding it there.
 */
export const WEBHOOK_PROTOCOL = [
  'Pollen POSTs each event you subscribe to, as JSON, to your URL, signed as [Standard Webhooks](https://www.standardwebhooks.com) says:',
  [
    '- `webhook-id`: the call’s id, the same on every attempt of one event to one endpoint: skip one you already handled.',
    '- `webhook-timestamp`: when this attempt was signed, in seconds since 1970-01-01 UTC: refuse one far from your clock (more than 5 minutes, say).',
    '- `webhook-signature`: `v1,` then the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed by the bytes of your secret’s base64 after `whsec_`. For 24 hours after a rotation the secret before signs too: several signatures, separated by spaces; accept the call when one matches (compared in constant time).',
  ].join('\n'),
  'The body is `{type, timestamp, data}`: `type` says which event, `timestamp` when it happened (ISO 8601), `data` what it is about (never anyone’s contact details). The events:',
  WEBHOOK_EVENT_TYPES.map((type) => `- \`${type}\`: ${WEBHOOK_EVENTS[type].description}`).join('\n'),
  'Answer with any `2xx` within 10 s. Anything else (a redirect is not followed) is a failure, tried again later: 8 attempts over about a day, then the call is `dead`. `GET /v1/webhooks/{id}/deliveries` shows each call and its last error. An endpoint that failed every call for a day is `disabled`, and you get a notification of category `security` (on every channel): nothing more is sent to it; delete it and register it again once it answers.',
  'The URL is `https://` (plain `http://` in development only), without a user name or password. A host that resolves to a private, loopback or other non-public address is refused (`webhook.url-refused`); the address is checked again at each call.',
].join('\n\n');
