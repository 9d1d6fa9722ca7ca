/** Stable codes of notifications (docs/domain.md). Add codes; never rename one. */
export const NOTIFICATION_CHANNELS = ['e-mail', 'webhook', 'in-app'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * What a notification is about. `deal-flow` is the category of introductions stored before they had
 * their own (`introduction`); no new notification uses it, and it has no preferences.
 */
export const NOTIFICATION_CATEGORIES = [
  'application',
  'deal-flow',
  'decision',
  'matching',
  'introduction',
  'document',
  'account',
  'security',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** The categories a person sets preferences for, per channel: every one but the retired `deal-flow`. */
export const PREFERENCE_CATEGORIES = NOTIFICATION_CATEGORIES.filter(
  (category): category is Exclude<NotificationCategory, 'deal-flow'> => category !== 'deal-flow',
);
export type PreferenceCategory = (typeof PREFERENCE_CATEGORIES)[number];

/** Told on every channel whatever the preferences say: what a person must not miss. */
export const CRITICAL_CATEGORIES: readonly PreferenceCategory[] = ['decision', 'introduction', 'document', 'security'];

/** How deal-flow alerts (new matches) reach an investor by e-mail: each at once, or one e-mail a day. */
export const DEAL_FLOW_ALERTS = ['immediate', 'daily'] as const;
export type DealFlowAlerts = (typeof DEAL_FLOW_ALERTS)[number];

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
  'deal-flow-digest',
  'webhook-disabled',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Where a delivery stands, forward only: `pending` until the first attempt, then `sent`, or
 * `failed` (it is retried with backoff) and `sent` or at last `dead` (no more attempts).
 */
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The category each kind is filed under: the preferences that apply to it. */
export const CATEGORY_OF_KIND: Record<NotificationKind, PreferenceCategory> = {
  welcome: 'account',
  'application-submitted': 'application',
  'application-screened': 'application',
  'application-decided': 'decision',
  'investor-approved': 'account',
  'investor-rejected': 'account',
  'investor-suspended': 'account',
  'investor-reinstated': 'account',
  'match-proposed': 'matching',
  'interest-expressed': 'matching',
  'introduction-made': 'introduction',
  'document-generated': 'document',
  'document-signed': 'document',
  'deal-flow-digest': 'matching',
  'webhook-disabled': 'security',
};
