/** Stable codes of notifications (docs/domain.md). Add codes; never rename one. */
export const NOTIFICATION_CHANNELS = ['e-mail', 'webhook', 'in-app'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What a notification is about; preferences are set per channel and category. */
export const NOTIFICATION_CATEGORIES = ['application', 'deal-flow'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const NOTIFICATION_STATUSES = ['unread', 'read'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
