import type { ErasureRequestedData } from '@pollen/contracts';
import { RecordingErasureLog } from '@pollen/testing';

import { notification } from '../../../test/factories/notification.factory';
import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryDigestStore } from '../../../test/fakes/in-memory-digest.store';
import { InMemoryDirectoryStore } from '../../../test/fakes/in-memory-directory.store';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { InMemoryPreferencesStore } from '../../../test/fakes/in-memory-preferences.store';
import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { newEmail } from '../../domain/delivery';
import { ERASED, ERASED_DELIVERY_ERROR, ERASED_NOTICE } from '../../domain/erasure';
import { defaultPreferences } from '../../domain/preferences';
import { newEndpoint } from '../../domain/webhook-endpoint';
import type { MessageOf } from '../../messages/message-kinds';
import { ErasePersonalData } from './erase-personal-data.usecase';

const APPLICANT = 'applicant-1';
const INVESTOR = 'investor-1';
const APPLICATION = 'application-1';
const MATCH = 'match-1';
const OLD_MATCH = 'match-0';
const at = new Date('2027-01-10T10:00:00Z');
const erasure: ErasureRequestedData = {
  accountId: APPLICANT,
  erasureId: 'erasure-1',
  role: 'applicant',
  receiptHash: 'b'.repeat(64),
  requestedAt: at.toISOString(),
};

const introduction: MessageOf = {
  kind: 'introduction-made',
  variables: {
    matchId: MATCH,
    applicationId: APPLICATION,
    project: 'Ateliers vélo',
    side: 'investor',
    counterpart: { organisation: 'Atelier Vélo', name: 'Léa Dubois', email: 'lea@example.org', phone: '0601020304' },
  },
};
const oldMatch = {
  matchId: OLD_MATCH,
  organisation: 'Atelier Vélo',
  project: 'Ateliers vélo',
  amount: { fr: '1 €', en: '€1' },
  instrument: { fr: 'Prêt', en: 'Loan' },
  score: 80,
};
const proposed: MessageOf = { kind: 'match-proposed', variables: oldMatch };

describe('ErasePersonalData (notifications)', () => {
  let inbox: InMemoryNotificationStore;
  let deliveries: InMemoryDeliveryStore;
  let digests: InMemoryDigestStore;
  let preferences: InMemoryPreferencesStore;
  let endpoints: InMemoryWebhookEndpointStore;
  let directory: InMemoryDirectoryStore;
  let log: RecordingErasureLog;
  let sut: ErasePersonalData;

  beforeEach(async () => {
    inbox = new InMemoryNotificationStore();
    deliveries = new InMemoryDeliveryStore();
    digests = new InMemoryDigestStore();
    preferences = new InMemoryPreferencesStore();
    endpoints = new InMemoryWebhookEndpointStore();
    directory = new InMemoryDirectoryStore();
    log = new RecordingErasureLog();
    sut = new ErasePersonalData(inbox, deliveries, digests, preferences, endpoints, directory, log);

    // The applicant's own records.
    const contact = { email: 'lea@example.org', locale: 'fr', role: 'applicant', version: 1 } as const;
    await directory.saveRecipient({ id: APPLICANT, displayName: 'Léa Dubois', ...contact });
    await directory.saveRecipient({ id: INVESTOR, displayName: 'Camille', ...contact, email: 'c@example.org' });
    await directory.saveApplication({
      id: APPLICATION,
      ownerId: APPLICANT,
      organisation: 'Atelier Vélo',
      project: 'Ateliers vélo',
      amountCents: 100,
      instrument: 'loan',
      version: 1,
    });
    await directory.saveIntroductionContacts({
      matchId: MATCH,
      applicationId: APPLICATION,
      investorId: INVESTOR,
      applicant: { name: 'Léa Dubois', email: 'lea@example.org' },
      investor: { name: 'Camille', email: 'c@example.org' },
    });
    await inbox.insert(notification({ recipientId: APPLICANT, subject: APPLICATION }));
    await deliveries.add(
      newEmail(
        { eventId: 'evt-welcome', recipientId: APPLICANT },
        { kind: 'welcome', variables: { role: 'applicant' } },
        at,
      ),
    );
    await deliveries.claimAttempt('evt-welcome:applicant-1:e-mail', 1, at);
    await preferences.save({ ...defaultPreferences(APPLICANT), updatedAt: at });
    await endpoints.add(
      newEndpoint(
        { id: 'hook-1', ownerId: APPLICANT, ownerRole: 'investor', url: 'https://x.example', events: [] },
        's',
        at,
      ),
    );

    // What the investor was told about the applicant: recorded mentions, and older records without them.
    await inbox.insert(notification({ recipientId: INVESTOR, subject: MATCH, mentions: [APPLICANT] }));
    await inbox.insert(notification({ recipientId: INVESTOR, subject: OLD_MATCH }));
    await inbox.insert(notification({ recipientId: INVESTOR, subject: 'something-else' }));
    const told = newEmail({ eventId: 'evt-intro', recipientId: INVESTOR, mentions: [APPLICANT] }, introduction, at);
    await deliveries.add({
      ...told,
      status: 'sent',
      subject: 'Mise en relation avec Atelier Vélo',
      nextAttemptAt: null,
    });
    await deliveries.add(
      newEmail({ eventId: 'evt-old', recipientId: INVESTOR, applicationId: APPLICATION }, proposed, at),
    );
    await digests.add({
      id: 'evt-old:investor-1',
      recipientId: INVESTOR,
      match: oldMatch,
      createdAt: at,
      digestId: null,
    });
  });

  it('deletes the account’s records, anonymises what others were told about it, and confirms once', async () => {
    expect(await sut.execute({ eventId: 'evt-erase', data: erasure }, at)).toBe('applied');

    expect(await inbox.allOf(APPLICANT)).toEqual([]);
    expect(await deliveries.ofRecipient(APPLICANT, 10)).toEqual([]);
    expect(deliveries.attempts.size).toBe(0);
    expect(preferences.stored.size).toBe(0);
    expect(endpoints.endpoints.size).toBe(0);
    expect(await directory.recipient(APPLICANT)).toBeNull();
    expect(await directory.application(APPLICATION)).toBeNull();
    expect(await directory.introductionContacts(MATCH)).toBeNull();
    expect(await directory.recipient(INVESTOR)).not.toBeNull();

    const investorInbox = await inbox.allOf(INVESTOR);
    const bySubject = new Map(investorInbox.map((item) => [item.subject, item]));
    expect(bySubject.get(MATCH)).toMatchObject(ERASED_NOTICE);
    expect(bySubject.get(MATCH)?.mentions).toBeUndefined();
    expect(bySubject.get(OLD_MATCH)).toMatchObject(ERASED_NOTICE);
    expect(bySubject.get('something-else')?.title.fr).toBe('Brouillon enregistré');

    const [sent] = await deliveries.ofEvents(INVESTOR, ['evt-intro']);
    expect(sent).toMatchObject({
      status: 'sent',
      subject: ERASED,
      message: { variables: { counterpart: { name: ERASED, email: ERASED, organisation: ERASED, phone: null } } },
    });
    // Still due: never sent now, given up with a reason that names no one.
    const [due] = await deliveries.ofEvents(INVESTOR, ['evt-old']);
    expect(due).toMatchObject({ status: 'dead', nextAttemptAt: null, lastError: ERASED_DELIVERY_ERROR });
    expect(due.message.variables).toMatchObject({ organisation: ERASED, project: ERASED });
    expect(deliveries.events.map((event) => event.type)).toEqual(['notification.dead']);
    expect((await digests.allOf(INVESTOR))[0].match).toMatchObject({ organisation: ERASED, project: ERASED });

    const [{ data: completion }] = log.completions.values();
    expect(completion).toMatchObject({ erasureId: 'erasure-1', service: 'notifications', kept: [] });
    expect(completion.erased).toEqual(
      expect.arrayContaining([
        { what: 'inbox items', count: 1, how: 'deleted' },
        { what: 'deliveries (e-mails, webhook calls) and their attempts', count: 1, how: 'deleted' },
        { what: "other people's inbox items naming the account", count: 2, how: 'anonymised' },
        { what: "other people's deliveries naming the account", count: 2, how: 'anonymised' },
        { what: "other people's digest entries naming the account", count: 1, how: 'anonymised' },
      ]),
    );
    expect(JSON.stringify(completion)).not.toMatch(/Léa|lea@example/);
  });

  it('changes nothing when the erasure comes again', async () => {
    await sut.execute({ eventId: 'evt-erase', data: erasure }, at);
    const before = { inbox: await inbox.allOf(INVESTOR), deliveries: await deliveries.ofRecipient(INVESTOR, 10) };

    expect(await sut.execute({ eventId: 'evt-erase', data: erasure }, at)).toBe('duplicate');
    expect({ inbox: await inbox.allOf(INVESTOR), deliveries: await deliveries.ofRecipient(INVESTOR, 10) }).toEqual(
      before,
    );
    expect(log.completions.size).toBe(1);
  });
});
