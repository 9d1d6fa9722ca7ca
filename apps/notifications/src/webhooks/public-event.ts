import type { WebhookBody, WebhookEventType } from '@pollen/contracts';

/** A public webhook event with its redacted data, typed together: what an order may go out as. */
export type PublicEvent = { [T in WebhookEventType]: { type: T; data: WebhookBody<T>['data'] } }[WebhookEventType];

/** The body endpoints receive (Standard Webhooks' recommended shape): never an internal envelope. */
export function webhookBodyOf(event: PublicEvent, occurredAt: string): WebhookBody {
  return { type: event.type, timestamp: occurredAt, data: event.data } as WebhookBody;
}
