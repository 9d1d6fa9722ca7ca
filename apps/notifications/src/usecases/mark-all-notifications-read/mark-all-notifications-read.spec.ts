import { notification } from '../../../test/factories/notification.factory';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { MarkAllNotificationsRead } from './mark-all-notifications-read.usecase';

const T0 = new Date('2026-01-01T09:00:00Z');
const T1 = new Date('2026-01-01T10:00:00Z');

describe('MarkAllNotificationsRead', () => {
  let store: InMemoryNotificationStore;
  let sut: MarkAllNotificationsRead;
  const alice = { id: 'acc-alice', roles: ['applicant' as const] };

  beforeEach(() => {
    store = new InMemoryNotificationStore();
    sut = new MarkAllNotificationsRead(store);
  });

  it('marks every unread notification of the caller read, and says how many', async () => {
    const unread = [notification({ recipientId: alice.id }), notification({ recipientId: alice.id })];
    const readBefore = notification({ recipientId: alice.id, status: 'read', readAt: T0 });
    const bobs = notification({ recipientId: 'acc-bob' });
    for (const stored of [...unread, readBefore, bobs]) await store.insert(stored);

    expect(await sut.execute({ actor: alice }, T1)).toEqual({ read: 2 });

    expect(await store.countUnread(alice.id)).toBe(0);
    for (const { id } of unread) expect(store.notifications.get(id)).toMatchObject({ status: 'read', readAt: T1 });
    expect(store.notifications.get(readBefore.id)?.readAt).toEqual(T0);
    expect(store.notifications.get(bobs.id)?.status).toBe('unread');
  });

  it('reads none in an inbox with nothing unread', async () => {
    await sut.execute({ actor: alice }, T0);

    expect(await sut.execute({ actor: alice }, T1)).toEqual({ read: 0 });
  });
});
