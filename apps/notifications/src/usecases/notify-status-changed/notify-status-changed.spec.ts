import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { NotifyStatusChanged } from './notify-status-changed.usecase';

describe('NotifyStatusChanged', () => {
  const command = { eventId: 'evt-1', applicationId: 'app-1', ownerId: 'alice', reason: 'Comité du 12 juin' };

  it('tells the owner of a decision, critically, with the committee’s reason in both languages', async () => {
    const store = new InMemoryNotificationStore();
    const sut = new NotifyStatusChanged(store);

    expect(await sut.execute({ ...command, status: 'funded' })).toBe('created');

    const [notification] = [...store.notifications.values()];
    expect(notification).toMatchObject({
      recipientId: 'alice',
      critical: true,
      subject: 'app-1',
      title: { fr: 'Financement accordé', en: 'Funding granted' },
    });
    expect(notification.body.fr).toContain('Comité du 12 juin');
    expect(notification.body.en).toContain('Comité du 12 juin');
  });

  it('tells the owner once however often the event comes, and nothing about what they did themselves', async () => {
    const sut = new NotifyStatusChanged(new InMemoryNotificationStore());
    expect(await sut.execute({ ...command, status: 'ineligible' })).toBe('created');
    expect(await sut.execute({ ...command, status: 'ineligible' })).toBe('duplicate');
    expect(await sut.execute({ ...command, eventId: 'evt-2', status: 'withdrawn' })).toBe('nothing-to-tell');
    expect(await sut.execute({ ...command, eventId: 'evt-3', status: 'submitted' })).toBe('nothing-to-tell');
  });
});
