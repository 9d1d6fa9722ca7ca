import { counter } from '@pollen/platform/health';

/** Every notification an event created, or found already there, whichever consumer read the event. */
export const notified = counter(
  'pollen_notifications_created_total',
  'Notifications created from events, by channel and outcome (created, duplicate)',
  ['channel', 'outcome'] as const,
);
