import { Injectable } from '@nestjs/common';

import { dedupeKeyOf, type Notification } from '../../domain/notification';
import { NotificationStore } from '../../repositories/notification.store';
import { applicationDraftedMessage } from './application-drafted.message';
import type { NotifyApplicationDraftedCommand } from './notify-application-drafted.command';

/** Tells the owner, in their inbox, that their draft is saved: once, however often the event arrives. */
@Injectable()
export class NotifyApplicationDrafted {
  constructor(private readonly store: NotificationStore) {}

  /** @returns false when the owner was already notified of this event. */
  async execute(command: NotifyApplicationDraftedCommand): Promise<boolean> {
    const notification: Notification = {
      id: dedupeKeyOf(command.eventId, command.ownerId, 'in-app'),
      recipientId: command.ownerId,
      channel: 'in-app',
      category: 'application',
      critical: false,
      ...applicationDraftedMessage(command.organisationName),
      status: 'unread',
      subject: command.applicationId,
      sourceEventId: command.eventId,
      createdAt: new Date(),
    };
    return this.store.insert(notification);
  }
}
