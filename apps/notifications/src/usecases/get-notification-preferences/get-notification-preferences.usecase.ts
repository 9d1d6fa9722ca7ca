import { Injectable } from '@nestjs/common';
import type { Actor, NotificationPreferencesView } from '@pollen/contracts';

import { NotificationsConfig } from '../../config/notifications.config';
import { toPreferencesView } from '../../domain/preferences';
import { PreferencesStore } from '../../repositories/preferences.store';

export interface GetNotificationPreferencesCommand {
  /** Whose preferences: always the caller's own. */
  actor: Actor;
}

/** The caller's notification preferences, every category shown, the defaults until they change them. */
@Injectable()
export class GetNotificationPreferences {
  constructor(
    private readonly preferences: PreferencesStore,
    private readonly config: NotificationsConfig,
  ) {}

  async execute({ actor }: GetNotificationPreferencesCommand): Promise<NotificationPreferencesView> {
    return toPreferencesView(await this.preferences.of(actor.id), this.config.DIGEST_AT);
  }
}
