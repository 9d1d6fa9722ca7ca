import { Injectable } from '@nestjs/common';
import type { ApplicationStatus } from '@pollen/contracts';

import { dedupeKeyOf, type Notification } from '../../domain/notification';
import { NotificationStore } from '../../repositories/notification.store';
import { statusChangedMessage } from './status-changed.message';

export interface NotifyStatusChangedCommand {
  /** The id of the event that set the status (screened, decided): with the recipient, the dedupe key. */
  eventId: string;
  applicationId: string;
  ownerId: string;
  status: ApplicationStatus;
  reason: string;
}

/** Tells the owner about screening results and decisions, once per event. */
@Injectable()
export class NotifyStatusChanged {
  constructor(private readonly store: NotificationStore) {}

  /** @returns 'created', 'duplicate', or 'nothing-to-tell' for statuses the owner set themselves. */
  async execute(command: NotifyStatusChangedCommand): Promise<'created' | 'duplicate' | 'nothing-to-tell'> {
    const message = statusChangedMessage(command.status, command.reason);
    if (!message) return 'nothing-to-tell';
    const notification: Notification = {
      id: dedupeKeyOf(command.eventId, command.ownerId, 'in-app'),
      recipientId: command.ownerId,
      channel: 'in-app',
      category: 'application',
      critical: message.critical,
      title: message.title,
      body: message.body,
      status: 'unread',
      subject: command.applicationId,
      sourceEventId: command.eventId,
      createdAt: new Date(),
    };
    return (await this.store.insert(notification)) ? 'created' : 'duplicate';
  }
}
