import type { Notification } from '../../src/domain/notification';
import { NotificationStore } from '../../src/repositories/notification.store';

/** The notification store as a map keyed by dedupe key, like the MongoDB adapter's _id. */
export class InMemoryNotificationStore extends NotificationStore {
  readonly notifications = new Map<string, Notification>();

  async insert(notification: Notification): Promise<boolean> {
    if (this.notifications.has(notification.id)) return false;
    this.notifications.set(notification.id, copyOf(notification));
    return true;
  }

  async listByRecipient(recipientId: string, limit: number): Promise<Notification[]> {
    return [...this.notifications.values()]
      .filter((notification) => notification.recipientId === recipientId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, limit)
      .map(copyOf);
  }
}

// Not structuredClone: its Dates come from another realm than Jest's, and fail `expect.any(Date)`.
const copyOf = (notification: Notification): Notification => ({
  ...notification,
  title: { ...notification.title },
  body: { ...notification.body },
  createdAt: new Date(notification.createdAt),
});
