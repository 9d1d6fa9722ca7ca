import { Injectable } from '@nestjs/common';
import type { NotificationListView } from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import type { Delivery } from '../../domain/delivery';
import { deliverySummaryOf } from '../../domain/delivery-summary';
import { type Notification, toView } from '../../domain/notification';
import { DeliveryStore } from '../../repositories/delivery.store';
import { NotificationStore } from '../../repositories/notification.store';
import type { ListNotificationsQuery } from './list-notifications.query';

/** How many notifications a page holds when the caller does not say. */
export const NOTIFICATIONS_PAGE_SIZE = 50;

/**
 * The caller's inbox, newest first, in the caller's language, with how each notice went by e-mail
 * and webhook, and how many are unread in all. Nobody sees anyone else's.
 */
@Injectable()
export class ListNotifications {
  constructor(
    private readonly notifications: NotificationStore,
    private readonly deliveries: DeliveryStore,
  ) {}

  async execute(query: ListNotificationsQuery): Promise<NotificationListView> {
    const recipientId = query.actor.id;
    const limit = query.limit ?? NOTIFICATIONS_PAGE_SIZE;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const [found, unreadCount] = await Promise.all([
      this.notifications.page(recipientId, { unread: query.unread === 'true', after, limit: limit + 1 }),
      this.notifications.countUnread(recipientId),
    ]);
    const { items, nextCursor } = page(found, limit, (notification) => notification.createdAt);
    const byEvent = await this.deliveriesByEvent(recipientId, items);
    // Guards the stored texts' keys against a locale the envelope carried unchecked.
    const locale = query.locale === 'en' ? 'en' : 'fr';
    return {
      items: items.map((notification) =>
        toView(notification, locale, deliverySummaryOf(byEvent.get(notification.sourceEventId) ?? [])),
      ),
      nextCursor,
      unreadCount,
    };
  }

  /** The recipient's e-mails and webhook calls of the same events as the notifications, in one read. */
  private async deliveriesByEvent(
    recipientId: string,
    notifications: Notification[],
  ): Promise<Map<string, Delivery[]>> {
    const eventIds = [...new Set(notifications.map((notification) => notification.sourceEventId))];
    const byEvent = new Map<string, Delivery[]>();
    for (const delivery of await this.deliveries.ofEvents(recipientId, eventIds)) {
      byEvent.set(delivery.sourceEventId, [...(byEvent.get(delivery.sourceEventId) ?? []), delivery]);
    }
    return byEvent;
  }
}
