import { Injectable } from '@nestjs/common';
import type { Actor, NotificationPreferencesDto, NotificationPreferencesView } from '@pollen/contracts';

import { NotificationsConfig } from '../../config/notifications.config';
import { chosenPreferences, toPreferencesView } from '../../domain/preferences';
import { PreferencesStore } from '../../repositories/preferences.store';

export interface SetNotificationPreferencesCommand extends NotificationPreferencesDto {
  /** Whose preferences: always the caller's own. */
  actor: Actor;
}

/**
 * Replaces the caller's preferences with the whole set given: a category left out goes back to
 * every channel. Critical categories are stored as chosen but go out whatever they say.
 */
@Injectable()
export class SetNotificationPreferences {
  constructor(
    private readonly preferences: PreferencesStore,
    private readonly config: NotificationsConfig,
  ) {}

  async execute(
    { actor, categories, dealFlowAlerts }: SetNotificationPreferencesCommand,
    now = new Date(),
  ): Promise<NotificationPreferencesView> {
    const prefs = chosenPreferences(actor.id, { categories, dealFlowAlerts }, now);
    await this.preferences.save(prefs);
    return toPreferencesView(prefs, this.config.DIGEST_AT);
  }
}
