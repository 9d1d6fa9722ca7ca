import { Injectable } from '@nestjs/common';
import type { Actor, NotificationsReadView } from '@pollen/contracts';

import { NotificationStore } from '../../repositories/notification.store';

export interface MarkAllNotificationsReadCommand {
  /** Whose inbox: always the caller's own. */
  actor: Actor;
}

/** Marks every unread notification of the caller read, and says how many there were. */
@Injectable()
export class MarkAllNotificationsRead {
  constructor(private readonly notifications: NotificationStore) {}

  async execute({ actor }: MarkAllNotificationsReadCommand, now = new Date()): Promise<NotificationsReadView> {
    return { read: await this.notifications.markAllRead(actor.id, now) };
  }
}
