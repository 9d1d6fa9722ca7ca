import { notification } from '../../../test/factories/notification.factory';
import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryDigestStore } from '../../../test/fakes/in-memory-digest.store';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { newEmail } from '../../domain/delivery';
import { SweepExpiredNotifications } from './sweep-expired-notifications.usecase';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2027-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const match = {
  matchId: 'm',
  organisation: 'O',
  project: 'P',
  amount: { fr: '', en: '' },
  instrument: { fr: '', en: '' },
  score: 1,
};

describe('SweepExpiredNotifications', () => {
  it('deletes what outlived its retention, and keeps what is recent, unread, undigested or still due', async () => {
    const inbox = new InMemoryNotificationStore();
    const deliveries = new InMemoryDeliveryStore();
    const digests = new InMemoryDigestStore();
    const config = new NotificationsConfig();
    const welcome = { kind: 'welcome', variables: { role: 'applicant' } } as const;
    const mail = (id: string, days: number, status: 'sent' | 'pending') => ({
      ...newEmail({ eventId: id, recipientId: 'a' }, welcome, daysAgo(days)),
      status,
    });
    await deliveries.add(mail('old-sent', 91, 'sent'));
    await deliveries.add(mail('recent-sent', 89, 'sent'));
    await deliveries.add(mail('old-pending', 200, 'pending'));
    await deliveries.claimAttempt('old-sent:a:e-mail', 1, daysAgo(91));
    await inbox.insert(notification({ recipientId: 'a', id: 'old-read', status: 'read', readAt: daysAgo(366) }));
    await inbox.insert(notification({ recipientId: 'a', id: 'recent-read', status: 'read', readAt: daysAgo(10) }));
    await inbox.insert(notification({ recipientId: 'a', id: 'old-unread', createdAt: daysAgo(900) }));
    await digests.add({ id: 'old-listed', recipientId: 'i', match, createdAt: daysAgo(31), digestId: 'd' });
    await digests.add({ id: 'old-waiting', recipientId: 'i', match, createdAt: daysAgo(31), digestId: null });

    await new SweepExpiredNotifications(inbox, deliveries, digests, config).runDue(now);

    expect((await deliveries.ofRecipient('a', 10)).map((d) => d.sourceEventId).sort()).toEqual([
      'old-pending',
      'recent-sent',
    ]);
    expect(deliveries.attempts.size).toBe(0);
    expect((await inbox.allOf('a')).map((item) => item.id).sort()).toEqual(['old-unread', 'recent-read']);
    expect((await digests.allOf('i')).map((entry) => entry.id)).toEqual(['old-waiting']);
  });
});
