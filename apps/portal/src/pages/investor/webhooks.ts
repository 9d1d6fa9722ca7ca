import type { Schemas } from '../../api/client';
import { inOrder } from '../../api/in-order';

export type WebhookEvent = Schemas['RegisterWebhookDto']['events'][number];

/** The events an endpoint may receive (docs/webhooks.md), in the order a deal goes through them. */
export const WEBHOOK_EVENTS = inOrder<WebhookEvent>()([
  'deal-flow.match-proposed',
  'deal-flow.introduced',
  'document.ready-to-sign',
  'document.signed',
]);

/** Copies a secret; false when the browser refused (no permission, not a secure page). */
export async function copied(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
