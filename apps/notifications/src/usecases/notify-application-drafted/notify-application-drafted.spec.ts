import { randomUUID } from 'node:crypto';

import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { InMemoryPreferencesStore } from '../../../test/fakes/in-memory-preferences.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { chosenPreferences } from '../../domain/preferences';
import type { NotifyApplicationDraftedCommand } from './notify-application-drafted.command';
import { NotifyApplicationDrafted } from './notify-application-drafted.usecase';

describe('NotifyApplicationDrafted', () => {
  let store: InMemoryNotificationStore;
  let preferences: InMemoryPreferencesStore;
  let sut: NotifyApplicationDrafted;
  const command = (overrides: Partial<NotifyApplicationDraftedCommand> = {}): NotifyApplicationDraftedCommand => ({
    eventId: randomUUID(),
    occurredAt: new Date().toISOString(),
    applicationId: randomUUID(),
    ownerId: 'acc-owner',
    organisationName: 'La Cyclofficine',
    ...overrides,
  });

  beforeEach(() => {
    store = new InMemoryNotificationStore();
    preferences = new InMemoryPreferencesStore();
    sut = new NotifyApplicationDrafted(store, preferences, new NotificationsConfig());
  });

  it('tells nothing of a draft made longer ago than MAIL_STALE_AFTER_MS (a consumer group reading the past)', async () => {
    const old = new Date(Date.now() - new NotificationsConfig().MAIL_STALE_AFTER_MS - 1000).toISOString();

    expect(await sut.execute(command({ occurredAt: old }))).toBe(false);
    expect(store.notifications.size).toBe(0);
  });

  it('puts nothing in the inbox of an owner who wants no application notices there', async () => {
    const channels = { 'e-mail': true, 'in-app': false, webhook: true };
    await preferences.save(
      chosenPreferences(
        'acc-owner',
        { categories: { application: channels }, dealFlowAlerts: 'immediate' },
        new Date(),
      ),
    );

    expect(await sut.execute(command())).toBe(false);
    expect(store.notifications.size).toBe(0);
  });

  it('puts an unread in-app notification in the owner’s inbox, in French and English', async () => {
    const drafted = command();

    const created = await sut.execute(drafted);

    expect(created).toBe(true);
    expect([...store.notifications.values()]).toEqual([
      {
        id: `${drafted.eventId}:acc-owner:in-app`,
        recipientId: 'acc-owner',
        channel: 'in-app',
        category: 'application',
        critical: false,
        title: { fr: 'Brouillon enregistré', en: 'Draft saved' },
        body: {
          fr: 'Votre candidature pour «\u00a0La Cyclofficine\u00a0» est enregistrée en brouillon.',
          en: 'Your application for “La Cyclofficine” is saved as a draft.',
        },
        status: 'unread',
        subject: drafted.applicationId,
        sourceEventId: drafted.eventId,
        createdAt: expect.any(Date),
      },
    ]);
  });

  it('notifies only once when the same event arrives again', async () => {
    const drafted = command();
    await sut.execute(drafted);

    const createdAgain = await sut.execute(drafted);

    expect(createdAgain).toBe(false);
    expect(store.notifications.size).toBe(1);
  });

  it('notifies again for another draft of the same owner', async () => {
    await sut.execute(command({ organisationName: 'Alpha' }));
    await sut.execute(command({ organisationName: 'Beta' }));

    const bodies = [...store.notifications.values()].map((notification) => notification.body.en);
    expect(bodies).toEqual([
      'Your application for “Alpha” is saved as a draft.',
      'Your application for “Beta” is saved as a draft.',
    ]);
  });
});
