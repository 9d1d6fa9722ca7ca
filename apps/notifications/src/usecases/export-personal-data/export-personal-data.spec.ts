import { notification } from '../../../test/factories/notification.factory';
import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryDigestStore } from '../../../test/fakes/in-memory-digest.store';
import { InMemoryDirectoryStore } from '../../../test/fakes/in-memory-directory.store';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { InMemoryPreferencesStore } from '../../../test/fakes/in-memory-preferences.store';
import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { newEmail } from '../../domain/delivery';
import { newEndpoint } from '../../domain/webhook-endpoint';
import { ExportPersonalData } from './export-personal-data.usecase';

describe('ExportPersonalData (notifications)', () => {
  it('gives the account its inbox, deliveries, endpoints without secrets and its contact, and nobody else’s', async () => {
    const inbox = new InMemoryNotificationStore();
    const deliveries = new InMemoryDeliveryStore();
    const endpoints = new InMemoryWebhookEndpointStore();
    const directory = new InMemoryDirectoryStore();
    const at = new Date('2027-01-01T00:00:00Z');
    await inbox.insert(notification({ recipientId: 'me' }));
    await inbox.insert(notification({ recipientId: 'someone-else' }));
    await deliveries.add(
      newEmail({ eventId: 'e1', recipientId: 'me' }, { kind: 'welcome', variables: { role: 'investor' } }, at),
    );
    await endpoints.add(
      newEndpoint(
        { id: 'hook', ownerId: 'me', ownerRole: 'investor', url: 'https://x.example', events: [] },
        'SEALED',
        at,
      ),
    );
    await directory.saveRecipient({
      id: 'me',
      email: 'me@example.org',
      displayName: 'Me',
      locale: 'fr',
      role: 'investor',
      version: 1,
    });
    await directory.saveInvestor({ id: 'me', organisation: 'Jean Dupont Conseil', version: 3 });
    const sut = new ExportPersonalData(
      inbox,
      deliveries,
      new InMemoryDigestStore(),
      new InMemoryPreferencesStore(),
      endpoints,
      directory,
      new NotificationsConfig(),
    );

    const { service, sections } = await sut.execute({ accountId: 'me' });

    expect(service).toBe('notifications');
    expect(sections['contact']).toEqual({ email: 'me@example.org', displayName: 'Me', locale: 'fr', role: 'investor' });
    expect(sections['investorOrganisation']).toBe('Jean Dupont Conseil');
    expect(sections['inbox']).toHaveLength(1);
    expect(sections['deliveries']).toEqual([
      expect.objectContaining({ kind: 'welcome', channel: 'e-mail', status: 'pending', createdAt: at.toISOString() }),
    ]);
    expect(sections['webhooks']).toEqual([expect.objectContaining({ id: 'hook', url: 'https://x.example' })]);
    expect(JSON.stringify(sections)).not.toContain('SEALED');
    expect(sections['preferences']).toBeDefined();
  });
});
