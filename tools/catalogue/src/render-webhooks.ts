import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from '@pollen/contracts';
import { schemasOf } from '@pollen/platform/json-schema';

import { code } from './markdown';
import { fieldTable, GENERATED_NOTICE } from './render-events';

/** docs/webhooks.md: the public webhook events endpoints may subscribe to, and what each body holds. */
export function renderWebhooks(): string {
  const schemas = schemasOf(WEBHOOK_EVENT_TYPES.map((type) => WEBHOOK_EVENTS[type].data));
  const sections = WEBHOOK_EVENT_TYPES.map((type) => {
    const event = WEBHOOK_EVENTS[type];
    return [
      `## ${code(type)}`,
      '',
      event.description,
      '',
      `Who may subscribe: ${event.roles.map(code).join(', ')} (investors receive their own; operators, every one).`,
      `Sent with the notification ${code(event.kind)} (docs/notifications.md).`,
      '',
      fieldTable(event.data, schemas),
    ].join('\n');
  });
  return [
    '# Public webhook events',
    '',
    `> ${GENERATED_NOTICE}`,
    '',
    'An endpoint registered with `POST /v1/webhooks` receives the events it names, as `POST` requests',
    'whose JSON body is `{"type", "timestamp", "data"}`: `type` below, `timestamp` when it happened',
    '(ISO 8601), and `data` the redacted view of each section — never an internal envelope, never a',
    'person’s address or phone. Each request is signed following [Standard Webhooks](https://www.standardwebhooks.com/)',
    '(`webhook-id`, `webhook-timestamp`, `webhook-signature`: docs/notifications.md says how to verify it).',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
