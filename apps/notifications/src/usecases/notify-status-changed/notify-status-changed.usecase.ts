import { Injectable } from '@nestjs/common';
import type { ApplicationStatus } from '@pollen/contracts';

import { inAppNotification } from '../../domain/notification';
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
    const source = { eventId: command.eventId, recipientId: command.ownerId, subject: command.applicationId };
    const notification = inAppNotification(source, { category: 'application', ...message });
    return (await this.store.insert(notification)) ? 'created' : 'duplicate';
  }
}
