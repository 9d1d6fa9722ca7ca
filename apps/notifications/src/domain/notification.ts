import type {
  Locale,
  NotificationCategory,
  NotificationChannel,
  NotificationDeliveryView,
  NotificationStatus,
  NotificationView,
} from '@pollen/contracts';

/** Text for people, in every language the platform speaks. */
export type LocalizedText = Record<Locale, string>;

/** One message to one person on one channel. */
export interface Notification {
  /** The dedupe key (see dedupeKeyOf): the same event never notifies the same person twice. */
  id: string;
  recipientId: string;
  channel: NotificationChannel;
  category: NotificationCategory;
  /** Critical notifications bypass the recipient's preferences. */
  critical: boolean;
  title: LocalizedText;
  body: LocalizedText;
  status: NotificationStatus;
  /** When its recipient first read it; absent while unread. */
  readAt?: Date;
  /** The aggregate the event was about (for example the application id). */
  subject: string;
  sourceEventId: string;
  /**
   * The other accounts its text names (an introduction's counterpart, a match's applicant): when
   * one is erased, the text is anonymised. Absent on items made before it was recorded.
   */
  mentions?: string[];
  createdAt: Date;
}

/** Derived from the event, so a redelivered event finds its notification already there. */
export function dedupeKeyOf(eventId: string, recipientId: string, channel: NotificationChannel): string {
  return `${eventId}:${recipientId}:${channel}`;
}

/** What a person reads, and how it is filed: what differs from one in-app notification to another. */
export interface InAppMessage {
  category: NotificationCategory;
  /** Critical notifications bypass the recipient's preferences. */
  critical: boolean;
  title: LocalizedText;
  body: LocalizedText;
}

/** The unread in-app notification of `message` for one recipient, keyed so the event notifies them once. */
export function inAppNotification(
  source: { eventId: string; recipientId: string; subject: string; mentions?: string[] },
  message: InAppMessage,
  at = new Date(),
): Notification {
  return {
    id: dedupeKeyOf(source.eventId, source.recipientId, 'in-app'),
    recipientId: source.recipientId,
    channel: 'in-app',
    ...message,
    status: 'unread',
    subject: source.subject,
    sourceEventId: source.eventId,
    ...(source.mentions?.length ? { mentions: source.mentions } : {}),
    createdAt: at,
  };
}

/** The notification as its recipient reads it, with how the same notice went by e-mail and webhook. */
export function toView(
  notification: Notification,
  locale: Locale,
  delivery: NotificationDeliveryView,
): NotificationView {
  return {
    id: notification.id,
    channel: notification.channel,
    category: notification.category,
    critical: notification.critical,
    title: notification.title[locale],
    body: notification.body[locale],
    status: notification.status,
    delivery,
    subject: notification.subject,
    createdAt: notification.createdAt.toISOString(),
  };
}
