import type { NotificationView } from './notification.view';

/** Request types the notifications service answers (topic `Topics.notificationRequests`). */
export const NotificationRequestTypes = {
  /** The acting user's own in-app notifications, newest first; `data` is `{}`. */
  listMine: 'notifications.list-mine',
} as const;

export interface ListMyNotificationsResult {
  items: NotificationView[];
}
