import type { DeliveryStatus, NotificationDeliveryView } from '@pollen/contracts';

import type { Delivery } from './delivery';

/** A status still short of `sent`, from the least far along: the order deliveries move forward in. */
const BEHIND = ['pending', 'failed', 'dead'] as const satisfies readonly DeliveryStatus[];

/**
 * Where the same notice stands outside the platform, from its deliveries to one recipient: the
 * e-mail's status, and over every endpoint called, `sent` once all took it, else the one furthest
 * behind. A channel it did not take is absent.
 */
export function deliverySummaryOf(deliveries: Delivery[]): NotificationDeliveryView {
  const email = deliveries.find((delivery) => delivery.channel === 'e-mail');
  const webhook = overall(deliveries.filter((delivery) => delivery.channel === 'webhook').map((d) => d.status));
  return { ...(email ? { 'e-mail': email.status } : {}), ...(webhook ? { webhook } : {}) };
}

function overall(statuses: DeliveryStatus[]): DeliveryStatus | undefined {
  if (statuses.length === 0) return undefined;
  return BEHIND.find((status) => statuses.includes(status)) ?? 'sent';
}
