import type { PageCursor } from '@pollen/platform/mongo';

import type { Notification } from '../domain/notification';

/** The port use cases read and write notifications through; NotificationRepository is the MongoDB adapter. */
export abstract class NotificationStore {
  /**
   * Stores a new notification in one write keyed by its dedupe key.
   * @returns false when it was already there (the event was delivered again): nothing changed.
   */
  abstract insert(notification: Notification): Promise<boolean>;
  /** The recipient's own notifications (`unread`: only those), newest first, after the cursor's position. */
  abstract page(
    recipientId: string,
    query: { unread: boolean; after?: PageCursor; limit: number },
  ): Promise<Notification[]>;
  /** How many of the recipient's notifications are unread. */
  abstract countUnread(recipientId: string): Promise<number>;
  /**
   * Marks one of the recipient's notifications read at `at`; one read already keeps when it was first read.
   * @returns false when the recipient has no such notification.
   */
  abstract markRead(recipientId: string, id: string, at: Date): Promise<boolean>;
  /** Marks every unread notification of the recipient read at `at`. @returns how many were unread. */
  abstract markAllRead(recipientId: string, at: Date): Promise<number>;
}
