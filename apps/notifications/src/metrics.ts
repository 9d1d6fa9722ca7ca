import { counter } from '@pollen/platform/health';

/** Every notification an event created, or found already there, whichever consumer read the event. */
export const notified = counter(
  'pollen_notifications_created_total',
  'Notifications created from events, by channel and outcome (created, duplicate, stale)',
  ['channel', 'outcome'] as const,
);

/** What each delivery attempt outside the platform came to. */
export const delivered = counter(
  'pollen_notifications_deliveries_total',
  'Delivery attempts by channel, kind and the status they left the notification in (sent, failed, dead)',
  ['channel', 'kind', 'status'] as const,
);
