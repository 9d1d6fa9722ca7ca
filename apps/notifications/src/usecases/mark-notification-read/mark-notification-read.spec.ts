import { DomainException } from '@pollen/contracts';

import { notification } from '../../../test/factories/notification.factory';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { NotificationNotFound } from '../../errors';
import { MarkNotificationRead } from './mark-notification-read.usecase';

const T1 = new Date('2026-01-01T10:00:00Z');
const T2 = new Date('2026-01-01T11:00:00Z');

describe('MarkNotificationRead', () => {
  let store: InMemoryNotificationStore;
  let sut: MarkNotificationRead;
  const alice = { id: 'acc-alice', roles: ['applicant' as const] };
  const mine = notification({ recipientId: alice.id });
  const bobs = notification({ recipientId: 'acc-bob' });

  beforeEach(async () => {
    store = new InMemoryNotificationStore();
    sut = new MarkNotificationRead(store);
    for (const stored of [mine, bobs]) await store.insert(stored);
  });

  it('marks the caller’s notification read, and when', async () => {
    await sut.execute({ actor: alice, notificationId: mine.id }, T1);

    expect(store.notifications.get(mine.id)).toMatchObject({ status: 'read', readAt: T1 });
    expect(await store.countUnread(alice.id)).toBe(0);
  });

  it('lets it be read again, keeping when it was first read', async () => {
    await sut.execute({ actor: alice, notificationId: mine.id }, T1);

    await expect(sut.execute({ actor: alice, notificationId: mine.id }, T2)).resolves.toBeUndefined();
    expect(store.notifications.get(mine.id)).toMatchObject({ status: 'read', readAt: T1 });
  });

  it('finds nobody else’s notification, and leaves it unread', async () => {
    const reading = sut.execute({ actor: alice, notificationId: bobs.id }, T1);

    await expect(reading).rejects.toBeInstanceOf(NotificationNotFound);
    await expect(reading).rejects.toMatchObject({
      reason: 'notification.not-found',
    } satisfies Partial<DomainException>);
    expect(store.notifications.get(bobs.id)?.status).toBe('unread');
  });

  it('finds no notification that is not there', async () => {
    await expect(sut.execute({ actor: alice, notificationId: 'no-such' }, T1)).rejects.toBeInstanceOf(
      NotificationNotFound,
    );
  });
});
