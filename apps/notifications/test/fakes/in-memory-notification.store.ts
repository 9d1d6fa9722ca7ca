import type { PageCursor } from '@pollen/platform/mongo';

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

  async page(
    recipientId: string,
    { unread, after, limit }: { unread: boolean; after?: PageCursor; limit: number },
  ): Promise<Notification[]> {
    const at = (notification: Notification) => notification.createdAt.getTime();
    const afterCursor = (n: Notification) =>
      !after || at(n) < after.at.getTime() || (at(n) === after.at.getTime() && n.id > after.id);
    return this.of(recipientId)
      .filter((notification) => !unread || notification.status === 'unread')
      .sort((a, b) => at(b) - at(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .filter(afterCursor)
      .slice(0, limit)
      .map(copyOf);
  }

  async countUnread(recipientId: string): Promise<number> {
    return this.of(recipientId).filter((notification) => notification.status === 'unread').length;
  }

  async markRead(recipientId: string, id: string, at: Date): Promise<boolean> {
    const found = this.notifications.get(id);
    if (!found || found.recipientId !== recipientId) return false;
    if (found.status === 'unread') this.notifications.set(id, { ...found, status: 'read', readAt: new Date(at) });
    return true;
  }

  async markAllRead(recipientId: string, at: Date): Promise<number> {
    const unread = this.of(recipientId).filter((notification) => notification.status === 'unread');
    for (const notification of unread) await this.markRead(recipientId, notification.id, at);
    return unread.length;
  }

  async allOf(recipientId: string): Promise<Notification[]> {
    return this.page(recipientId, { unread: false, limit: Number.MAX_SAFE_INTEGER });
  }

  async removeOf(recipientId: string): Promise<number> {
    const gone = this.of(recipientId);
    for (const notification of gone) this.notifications.delete(notification.id);
    return gone.length;
  }

  async anonymiseMentioning(
    accountId: string,
    subjects: string[],
    text: Pick<Notification, 'title' | 'body'>,
  ): Promise<number> {
    const naming = [...this.notifications.values()].filter(
      (n) => n.recipientId !== accountId && (n.mentions?.includes(accountId) || subjects.includes(n.subject)),
    );
    for (const { mentions: _mentions, ...notification } of naming) {
      this.notifications.set(notification.id, { ...notification, title: { ...text.title }, body: { ...text.body } });
    }
    return naming.length;
  }

  async removeReadBefore(before: Date): Promise<number> {
    const gone = [...this.notifications.values()].filter((n) => n.status === 'read' && n.readAt && n.readAt < before);
    for (const notification of gone) this.notifications.delete(notification.id);
    return gone.length;
  }

  private of(recipientId: string): Notification[] {
    return [...this.notifications.values()].filter((notification) => notification.recipientId === recipientId);
  }
}

// Not structuredClone: its Dates come from another realm than Jest's, and fail `expect.any(Date)`.
const copyOf = (notification: Notification): Notification => ({
  ...notification,
  title: { ...notification.title },
  body: { ...notification.body },
  createdAt: new Date(notification.createdAt),
  ...(notification.readAt ? { readAt: new Date(notification.readAt) } : {}),
});
