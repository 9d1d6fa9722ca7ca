/** Stable codes of notifications (docs/domain.md). Add codes; never rename one. */
export const NOTIFICATION_CHANNELS = ['e-mail', 'webhook', 'in-app'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What a notification is about; preferences are set per channel and category. */
export const NOTIFICATION_CATEGORIES = ['application', 'deal-flow'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const NOTIFICATION_STATUSES = ['unread', 'read'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * The messages Pollen sends outside the platform, one per thing that happened to someone
 * (docs/notifications.md lists each one's trigger and recipients).
 */
export const NOTIFICATION_KINDS = [
  'welcome',
  'application-submitted',
  'application-screened',
  'application-decided',
  'investor-approved',
  'investor-rejected',
  'investor-suspended',
  'investor-reinstated',
  'match-proposed',
  'interest-expressed',
  'introduction-made',
  'document-generated',
  'document-signed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Where a delivery stands, forward only: `pending` until the first attempt, then `sent`, or
 * `failed` (it is retried with backoff) and `sent` or at last `dead` (no more attempts).
 */
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
