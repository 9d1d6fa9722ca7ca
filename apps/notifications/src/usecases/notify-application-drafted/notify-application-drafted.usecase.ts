import { Injectable } from '@nestjs/common';

import { NotificationsConfig } from '../../config/notifications.config';
import { inAppNotification } from '../../domain/notification';
import { allowsCategory } from '../../domain/preferences';
import { NotificationStore } from '../../repositories/notification.store';
import { PreferencesStore } from '../../repositories/preferences.store';
import { applicationDraftedMessage } from './application-drafted.message';
import type { NotifyApplicationDraftedCommand } from './notify-application-drafted.command';

/** Tells the owner, in their inbox, that their draft is saved: once, however often the event arrives. */
@Injectable()
export class NotifyApplicationDrafted {
  constructor(
    private readonly store: NotificationStore,
    private readonly preferences: PreferencesStore,
    private readonly config: NotificationsConfig,
  ) {}

  /** @returns false when the owner was already notified of this event, wants no such notice in the inbox, or it is too old to tell. */
  async execute(command: NotifyApplicationDraftedCommand): Promise<boolean> {
    if (Date.now() - new Date(command.occurredAt).getTime() > this.config.MAIL_STALE_AFTER_MS) return false;
    if (!allowsCategory(await this.preferences.of(command.ownerId), 'application', 'in-app')) return false;
    const source = { eventId: command.eventId, recipientId: command.ownerId, subject: command.applicationId };
    const message = {
      category: 'application',
      critical: false,
      ...applicationDraftedMessage(command.organisationName),
    } as const;
    return this.store.insert(inAppNotification(source, message));
  }
}
