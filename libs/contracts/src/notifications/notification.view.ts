import type { NotificationCategory, NotificationChannel, NotificationStatus } from './codes';

/** One notification as its recipient sees it, in the caller's language. */
export class NotificationView {
  id: string;
  channel: NotificationChannel;
  category: NotificationCategory;
  /** Critical notifications bypass the recipient's preferences. */
  critical: boolean;
  title: string;
  body: string;
  status: NotificationStatus;
  /** The aggregate it is about (for example the application id). */
  subject: string;
  createdAt: string;
}

/** `GET /v1/me/notifications`: the caller's in-app inbox, newest first. */
export class NotificationListView {
  items: NotificationView[];
}
