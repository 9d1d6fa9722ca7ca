import type { DeliveryStatus } from '@pollen/contracts';

import { notification } from '../../../test/factories/notification.factory';
import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { type Delivery, newEmail } from '../../domain/delivery';
import { ListNotifications, NOTIFICATIONS_PAGE_SIZE } from './list-notifications.usecase';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
const signed = { documentId: 'doc-1', title: 'Term sheet', applicationId: null };
const message: Delivery['message'] = { kind: 'document-signed', variables: signed };

/** The e-mail of event `eventId` to `recipientId`, at `status`. */
function email(eventId: string, recipientId: string, status: DeliveryStatus): Delivery {
  return { ...newEmail({ eventId, recipientId }, message, at(0)), status };
}

/** The call of `endpointId` (owned by `recipientId`) for event `eventId`, at `status`. */
function webhookCall(eventId: string, recipientId: string, endpointId: string, status: DeliveryStatus): Delivery {
  const body = { type: 'document.signed' as const, timestamp: at(0).toISOString(), data: signed };
  return {
    ...email(eventId, recipientId, status),
    id: `${eventId}:${endpointId}:webhook`,
    channel: 'webhook',
    webhook: { endpointId, body },
  };
}

describe('ListNotifications', () => {
  let notifications: InMemoryNotificationStore;
  let deliveries: InMemoryDeliveryStore;
  let sut: ListNotifications;
  const alice = { id: 'acc-alice', roles: ['applicant' as const] };
  const inbox = (query: { cursor?: string; limit?: number; unread?: 'true' | 'false' } = {}) =>
    sut.execute({ actor: alice, locale: 'en', ...query });

  beforeEach(() => {
    notifications = new InMemoryNotificationStore();
    deliveries = new InMemoryDeliveryStore();
    sut = new ListNotifications(notifications, deliveries);
  });

  it('lists the caller’s own notifications, newest first', async () => {
    const older = notification({ recipientId: alice.id, createdAt: at(1) });
    const newer = notification({ recipientId: alice.id, createdAt: at(5) });
    const someoneElse = notification({ recipientId: 'acc-bob', createdAt: at(3) });
    for (const stored of [older, someoneElse, newer]) await notifications.insert(stored);

    const { items } = await inbox();

    expect(items.map((item) => item.id)).toEqual([newer.id, older.id]);
    expect(items[0]).toEqual({
      id: newer.id,
      channel: 'in-app',
      category: 'application',
      critical: false,
      title: 'Draft saved',
      body: 'Your application is saved as a draft.',
      status: 'unread',
      delivery: {},
      subject: newer.subject,
      createdAt: '2026-01-01T09:05:00.000Z',
    });
  });

  it('speaks the caller’s language', async () => {
    await notifications.insert(notification({ recipientId: alice.id }));

    const { items } = await sut.execute({ actor: alice, locale: 'fr' });

    expect(items.map((item) => [item.title, item.body])).toEqual([
      ['Brouillon enregistré', 'Votre candidature est enregistrée en brouillon.'],
    ]);
  });

  it(`returns ${NOTIFICATIONS_PAGE_SIZE} by default, the newest, and a cursor to the rest`, async () => {
    for (let minute = 0; minute < NOTIFICATIONS_PAGE_SIZE + 5; minute++) {
      await notifications.insert(notification({ recipientId: alice.id, createdAt: at(minute) }));
    }

    const { items, nextCursor } = await inbox();

    expect(items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(items[0].createdAt).toBe(at(NOTIFICATIONS_PAGE_SIZE + 4).toISOString());
    expect(nextCursor).toEqual(expect.any(String));
  });

  it('pages through the inbox with the cursor, each notification once, ties included', async () => {
    const stored = [0, 1, 1, 1, 2, 3, 3].map((minute) =>
      notification({ recipientId: alice.id, createdAt: at(minute) }),
    );
    for (const item of stored) await notifications.insert(item);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await inbox({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(4);
    expect(seen).toHaveLength(stored.length);
    expect(new Set(seen)).toEqual(new Set(stored.map((item) => item.id)));
    const times = seen.map((id) => stored.find((item) => item.id === id)?.createdAt.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('ends on the last page with no cursor', async () => {
    await notifications.insert(notification({ recipientId: alice.id }));

    expect((await inbox({ limit: 1 })).nextCursor).toBeNull();
  });

  it('lists only the unread ones when asked, yet counts the unread of the whole inbox', async () => {
    const read = notification({ recipientId: alice.id, createdAt: at(3), status: 'read' });
    const unread = [1, 2, 4].map((minute) => notification({ recipientId: alice.id, createdAt: at(minute) }));
    for (const item of [read, ...unread, notification({ recipientId: 'acc-bob' })]) await notifications.insert(item);

    const onlyUnread = await inbox({ unread: 'true', limit: 1 });
    const everything = await inbox({ unread: 'false' });

    expect(onlyUnread.items.map((item) => item.id)).toEqual([unread[2].id]);
    expect(onlyUnread.unreadCount).toBe(3);
    expect(everything.items.map((item) => item.status)).toEqual(['unread', 'read', 'unread', 'unread']);
    expect(everything.unreadCount).toBe(3);
  });

  it('answers an empty inbox with no items, no cursor and nothing unread', async () => {
    await notifications.insert(notification({ recipientId: 'acc-bob' }));

    expect(await inbox()).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
  });

  describe('delivery', () => {
    const deliveryOf = async (eventId: string) => {
      const { items } = await inbox();
      return items.find((item) => item.id.startsWith(`${eventId}:`))?.delivery;
    };

    beforeEach(async () => {
      for (const eventId of ['evt-1', 'evt-2', 'evt-3', 'evt-4']) {
        await notifications.insert(notification({ recipientId: alice.id, sourceEventId: eventId }));
      }
    });

    it('shows how the same event went by e-mail to the caller', async () => {
      await deliveries.add(email('evt-1', alice.id, 'failed'));
      await deliveries.add(email('evt-1', 'acc-bob', 'sent'));

      expect(await deliveryOf('evt-1')).toEqual({ 'e-mail': 'failed' });
    });

    it('says `sent` by webhook once every endpoint took it', async () => {
      await deliveries.add(email('evt-1', alice.id, 'sent'));
      await deliveries.add(webhookCall('evt-1', alice.id, 'ep-1', 'sent'));
      await deliveries.add(webhookCall('evt-1', alice.id, 'ep-2', 'sent'));

      expect(await deliveryOf('evt-1')).toEqual({ 'e-mail': 'sent', webhook: 'sent' });
    });

    it('says where the endpoint furthest behind stands: pending, then failed, then dead', async () => {
      await deliveries.add(webhookCall('evt-1', alice.id, 'ep-1', 'dead'));
      await deliveries.add(webhookCall('evt-1', alice.id, 'ep-2', 'pending'));
      await deliveries.add(webhookCall('evt-1', alice.id, 'ep-3', 'failed'));
      await deliveries.add(webhookCall('evt-2', alice.id, 'ep-1', 'dead'));
      await deliveries.add(webhookCall('evt-2', alice.id, 'ep-2', 'failed'));
      await deliveries.add(webhookCall('evt-2', alice.id, 'ep-3', 'sent'));
      await deliveries.add(webhookCall('evt-3', alice.id, 'ep-1', 'sent'));
      await deliveries.add(webhookCall('evt-3', alice.id, 'ep-2', 'dead'));

      expect(await deliveryOf('evt-1')).toEqual({ webhook: 'pending' });
      expect(await deliveryOf('evt-2')).toEqual({ webhook: 'failed' });
      expect(await deliveryOf('evt-3')).toEqual({ webhook: 'dead' });
    });

    it('leaves out the channels the event did not take, and others’ endpoints', async () => {
      await deliveries.add(webhookCall('evt-4', 'acc-bob', 'ep-bob', 'dead'));

      expect(await deliveryOf('evt-4')).toEqual({});
    });
  });
});
