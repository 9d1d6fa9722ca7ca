import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { NotifyIntroduction } from './notify-introduction.usecase';

describe('NotifyIntroduction', () => {
  const command = {
    eventId: 'event-1',
    matchId: 'match-1',
    applicationId: 'app-1',
    applicant: { accountId: 'applicant-1', organisationName: 'Atelier Vélo Solidaire' },
    investor: { accountId: 'investor-1', organisationName: 'Fonds Solidaire' },
  };

  it('tells the investor they were accepted and the applicant whom they meet, once each', async () => {
    const store = new InMemoryNotificationStore();
    const sut = new NotifyIntroduction(store);

    await expect(sut.execute(command)).resolves.toBe(2);
    await expect(sut.execute(command)).resolves.toBe(0);

    const byRecipient = new Map([...store.notifications.values()].map((n) => [n.recipientId, n]));
    expect(byRecipient.get('investor-1')).toMatchObject({
      category: 'deal-flow',
      subject: 'match-1',
      status: 'unread',
      title: { en: 'Introduction accepted' },
      body: { en: '“Atelier Vélo Solidaire” accepted your interest: their contact and SIREN are in your deal-flow.' },
    });
    expect(byRecipient.get('applicant-1')).toMatchObject({
      subject: 'app-1',
      title: { fr: 'Mise en relation établie' },
      body: { fr: expect.stringContaining('«\u00a0Fonds Solidaire\u00a0»') },
    });
  });
});
