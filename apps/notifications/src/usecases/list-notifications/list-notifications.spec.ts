import { notification } from '../../../test/factories/notification.factory';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { ListNotifications, NOTIFICATIONS_PAGE_SIZE } from './list-notifications.usecase';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));

describe('ListNotifications', () => {
  let store: InMemoryNotificationStore;
  let sut: ListNotifications;
  const alice = { id: 'acc-alice', roles: ['applicant' as const] };

  beforeEach(() => {
    store = new InMemoryNotificationStore();
    sut = new ListNotifications(store);
  });

  it('lists the caller’s own notifications, newest first', async () => {
    const older = notification({ recipientId: alice.id, createdAt: at(1) });
    const newer = notification({ recipientId: alice.id, createdAt: at(5) });
    const someoneElse = notification({ recipientId: 'acc-bob', createdAt: at(3) });
    for (const stored of [older, someoneElse, newer]) await store.insert(stored);

    const { items } = await sut.execute({ actor: alice, locale: 'en' });

    expect(items.map((item) => item.id)).toEqual([newer.id, older.id]);
    expect(items[0]).toEqual({
      id: newer.id,
      channel: 'in-app',
      category: 'application',
      critical: false,
      title: 'Draft saved',
      body: 'Your application is saved as a draft.',
      status: 'unread',
      subject: newer.subject,
      createdAt: '2026-01-01T09:05:00.000Z',
    });
  });

  it('speaks the caller’s language', async () => {
    await store.insert(notification({ recipientId: alice.id }));

    const { items } = await sut.execute({ actor: alice, locale: 'fr' });

    expect(items.map((item) => [item.title, item.body])).toEqual([
      ['Brouillon enregistré', 'Votre candidature est enregistrée en brouillon.'],
    ]);
  });

  it(`returns at most ${NOTIFICATIONS_PAGE_SIZE}, the newest`, async () => {
    for (let minute = 0; minute < NOTIFICATIONS_PAGE_SIZE + 5; minute++) {
      await store.insert(notification({ recipientId: alice.id, createdAt: at(minute) }));
    }

    const { items } = await sut.execute({ actor: alice, locale: 'en' });

    expect(items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(items[0].createdAt).toBe(at(NOTIFICATIONS_PAGE_SIZE + 4).toISOString());
  });

  it('answers an empty inbox with no items', async () => {
    await store.insert(notification({ recipientId: 'acc-bob' }));

    expect(await sut.execute({ actor: alice, locale: 'en' })).toEqual({ items: [] });
  });
});
