import { Injectable } from '@nestjs/common';
import type { NotificationListView } from '@pollen/contracts';

import { toView } from '../../domain/notification';
import { NotificationStore } from '../../repositories/notification.store';
import type { ListNotificationsQuery } from './list-notifications.query';

/** How many notifications one page holds. */
export const NOTIFICATIONS_PAGE_SIZE = 50;

/** The caller's inbox, newest first, in the caller's language. Nobody sees anyone else's. */
@Injectable()
export class ListNotifications {
  constructor(private readonly store: NotificationStore) {}

  async execute(query: ListNotificationsQuery): Promise<NotificationListView> {
    const notifications = await this.store.listByRecipient(query.actor.id, NOTIFICATIONS_PAGE_SIZE);
    const locale = query.locale === 'en' ? 'en' : 'fr';
    return { items: notifications.map((notification) => toView(notification, locale)) };
  }
}
