import type {
  Locale,
  NotificationCategory,
  NotificationChannel,
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
  /** The aggregate the event was about (for example the application id). */
  subject: string;
  sourceEventId: string;
  createdAt: Date;
}

/** Derived from the event, so a redelivered event finds its notification already there. */
export function dedupeKeyOf(eventId: string, recipientId: string, channel: NotificationChannel): string {
  return `${eventId}:${recipientId}:${channel}`;
}

export function toView(notification: Notification, locale: Locale): NotificationView {
  return {
    id: notification.id,
    channel: notification.channel,
    category: notification.category,
    critical: notification.critical,
    title: notification.title[locale],
    body: notification.body[locale],
    status: notification.status,
    subject: notification.subject,
    createdAt: notification.createdAt.toISOString(),
  };
}
