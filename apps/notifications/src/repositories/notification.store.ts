import type { Notification } from '../domain/notification';

/** The port use cases read and write notifications through; NotificationRepository is the MongoDB adapter. */
export abstract class NotificationStore {
  /**
   * Stores a new notification in one write keyed by its dedupe key.
   * @returns false when it was already there (the event was delivered again): nothing changed.
   */
  abstract insert(notification: Notification): Promise<boolean>;
  /** The recipient's own notifications, newest first. */
  abstract listByRecipient(recipientId: string, limit: number): Promise<Notification[]>;
}
