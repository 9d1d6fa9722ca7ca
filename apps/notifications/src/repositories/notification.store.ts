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
  /** Every notification of the recipient, newest first (their export). */
  abstract allOf(recipientId: string): Promise<Notification[]>;
  /** Deletes the recipient's notifications. @returns how many. */
  abstract removeOf(recipientId: string): Promise<number>;
  /**
   * Replaces the text of other recipients' notifications that name the account (or, made before
   * mentions were kept, are about one of `subjects`). @returns how many changed.
   */
  abstract anonymiseMentioning(
    accountId: string,
    subjects: string[],
    text: Pick<Notification, 'title' | 'body'>,
  ): Promise<number>;
  /** Deletes notifications read before `before`. @returns how many. */
  abstract removeReadBefore(before: Date): Promise<number>;
}
