import { Injectable } from '@nestjs/common';
import type { Actor, NotificationIdRequest } from '@pollen/contracts';

import { NotificationNotFound } from '../../errors';
import { NotificationStore } from '../../repositories/notification.store';

export interface MarkNotificationReadCommand extends NotificationIdRequest {
  /** Whose inbox: always the caller's own. */
  actor: Actor;
}

/** Marks one of the caller's notifications read; reading it again changes nothing and is no error. */
@Injectable()
export class MarkNotificationRead {
  constructor(private readonly notifications: NotificationStore) {}

  /** @throws NotificationNotFound when the caller has no such notification (someone else's included). */
  async execute({ actor, notificationId }: MarkNotificationReadCommand, now = new Date()): Promise<void> {
    if (!(await this.notifications.markRead(actor.id, notificationId, now))) {
      throw new NotificationNotFound(notificationId);
    }
  }
}
