import { euros, type PreferenceCategory, type Role, type WebhookEventType } from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';
import { RecordingErasureLog } from '@pollen/testing';

import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryDigestStore } from '../../../test/fakes/in-memory-digest.store';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { InMemoryPreferencesStore } from '../../../test/fakes/in-memory-preferences.store';
import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { NewDeliveries } from '../../delivery/new-deliveries';
import { type ChannelChoices, chosenPreferences } from '../../domain/preferences';
import { newEndpoint, type WebhookEndpoint } from '../../domain/webhook-endpoint';
import type { MessageOf } from '../../messages/message-kinds';
import { type NotificationOrder, Notify } from './notify.usecase';

const T0 = new Date('2026-12-02T09:00:00Z');
const STALE_AFTER_MS = 60 * 60 * 1000;
const occurredAt = new Date(T0.getTime() - 1000).toISOString();

const submitted: MessageOf = {
  kind: 'application-submitted',
  variables: {
    applicationId: 'app-1',
    organisation: 'Les Jardins Partagés',
    project: 'Maraîchage d’insertion',
    amount: euros(5_000_000),
    instrument: { fr: 'prêt d’honneur', en: 'honour loan' },
    submittedAt: { fr: '2 décembre 2026 à 09:30', en: '2 December 2026 at 09:30' },
  },
};
const decided: MessageOf = {
  kind: 'application-decided',
  variables: {
    applicationId: 'app-1',
    project: 'Maraîchage d’insertion',
    funded: false,
    reason: 'Hors budget',
    amount: null,
  },
};
const match = {
  matchId: 'match-1',
  organisation: 'Les Jardins Partagés',
  project: 'Maraîchage d’insertion',
  amount: euros(5_000_000),
  instrument: { fr: 'prêt d’honneur', en: 'honour loan' },
  score: 87,
};
/** A new match for the investor `inv-1`, which goes out as a public event. */
const proposal: NotificationOrder = {
  recipientId: 'inv-1',
  applicationId: 'app-1',
  subject: 'match-1',
  message: { kind: 'match-proposed', variables: match },
  publicEvent: {
    type: 'deal-flow.match-proposed',
    data: {
      matchId: 'match-1',
      applicationId: 'app-1',
      organisation: 'Les Jardins Partagés',
      project: 'Maraîchage d’insertion',
      amountCents: 5_000_000,
      instrument: 'honour-loan',
      score: 87,
    },
  },
};
/** A signed document for `inv-1` (a critical category), which goes out as a public event. */
const signed: NotificationOrder = {
  recipientId: 'inv-1',
  applicationId: 'app-1',
  subject: 'doc-1',
  message: { kind: 'document-signed', variables: { documentId: 'doc-1', title: 'Pacte', applicationId: 'app-1' } },
  publicEvent: { type: 'document.signed', data: { documentId: 'doc-1', title: 'Pacte', applicationId: 'app-1' } },
};
const toOwner = (message: MessageOf): NotificationOrder => ({
  recipientId: 'owner-1',
  applicationId: 'app-1',
  message,
});

const only = (channel: keyof ChannelChoices): ChannelChoices => ({
  'e-mail': true,
  'in-app': true,
  webhook: true,
  [channel]: false,
});

describe('Notify', () => {
  let preferences: InMemoryPreferencesStore;
  let inbox: InMemoryNotificationStore;
  let deliveries: InMemoryDeliveryStore;
  let digests: InMemoryDigestStore;
  let endpoints: InMemoryWebhookEndpointStore;
  let erasures: RecordingErasureLog;
  let woken: { 'e-mail': jest.Mock; webhook: jest.Mock };
  let sut: Notify;

  const tell = (orders: NotificationOrder[], eventId = 'evt-1', at = occurredAt, now = T0) =>
    sut.execute({ eventId, occurredAt: at, orders: () => orders }, now);
  const emails = () => [...deliveries.items.values()].filter((delivery) => delivery.channel === 'e-mail');
  const calls = () => [...deliveries.items.values()].filter((delivery) => delivery.channel === 'webhook');
  const filed = () => [...inbox.notifications.values()];
  const calledEndpoints = () => calls().map((call) => call.webhook?.endpointId);

  const optOut = (accountId: string, category: PreferenceCategory, channel: keyof ChannelChoices) =>
    preferences.save(
      chosenPreferences(accountId, { categories: { [category]: only(channel) }, dealFlowAlerts: 'immediate' }, T0),
    );
  const addEndpoint = async (
    id: string,
    ownerId: string,
    ownerRole: Role,
    events: WebhookEventType[],
    status: WebhookEndpoint['status'] = 'active',
  ) => {
    const endpoint = newEndpoint(
      { id, ownerId, ownerRole, url: `https://hooks.example.com/${id}`, events },
      'sealed',
      T0,
    );
    await endpoints.add({ ...endpoint, status });
  };

  beforeEach(() => {
    preferences = new InMemoryPreferencesStore();
    inbox = new InMemoryNotificationStore();
    deliveries = new InMemoryDeliveryStore();
    digests = new InMemoryDigestStore();
    endpoints = new InMemoryWebhookEndpointStore();
    erasures = new RecordingErasureLog();
    const added = new NewDeliveries();
    woken = { 'e-mail': jest.fn(), webhook: jest.fn() };
    added.onAdded('e-mail', woken['e-mail']);
    added.onAdded('webhook', woken.webhook);
    const config = Object.assign(new NotificationsConfig(), { MAIL_STALE_AFTER_MS: STALE_AFTER_MS });
    sut = new Notify(preferences, inbox, deliveries, digests, endpoints, added, config, erasures);
  });

  describe('preferences', () => {
    it('e-mails and files in the inbox what nobody opted out of', async () => {
      expect(await tell([toOwner(submitted)])).toBe(2);

      expect(emails()).toEqual([
        expect.objectContaining({
          id: 'evt-1:owner-1:e-mail',
          recipientId: 'owner-1',
          applicationId: 'app-1',
          message: submitted,
          status: 'pending',
          nextAttemptAt: T0,
        }),
      ]);
      expect(filed()).toEqual([
        expect.objectContaining({
          id: 'evt-1:owner-1:in-app',
          recipientId: 'owner-1',
          category: 'application',
          critical: false,
        }),
      ]);
    });

    it('keeps on the e-mail the correlation of the event it handles, for the attempts to carry', async () => {
      await Correlation.run({ correlationId: 'corr-of-the-submission' }, () => tell([toOwner(submitted)]));

      expect(emails()).toEqual([expect.objectContaining({ correlationId: 'corr-of-the-submission' })]);
    });

    it('e-mails nothing to whom opted out of application e-mails, but files it in their inbox', async () => {
      await optOut('owner-1', 'application', 'e-mail');

      expect(await tell([toOwner(submitted)])).toBe(1);

      expect(emails()).toEqual([]);
      expect(filed()).toEqual([expect.objectContaining({ recipientId: 'owner-1', category: 'application' })]);
    });

    it('still e-mails a decision to whom opted out of decision e-mails: it is critical', async () => {
      await optOut('owner-1', 'decision', 'e-mail');

      expect(await tell([toOwner(decided)])).toBe(2);

      expect(emails()).toEqual([expect.objectContaining({ recipientId: 'owner-1', kind: 'application-decided' })]);
      expect(filed()).toEqual([expect.objectContaining({ category: 'decision', critical: true })]);
    });

    it('files nothing in the inbox of whom opted out of in-app notices, and still e-mails them', async () => {
      await optOut('owner-1', 'application', 'in-app');

      expect(await tell([toOwner(submitted)])).toBe(1);

      expect(filed()).toEqual([]);
      expect(emails()).toHaveLength(1);
    });

    it('keeps a new match for the digest of an investor on daily alerts: no e-mail, the inbox item still', async () => {
      await preferences.save(chosenPreferences('inv-1', { categories: {}, dealFlowAlerts: 'daily' }, T0));

      expect(await tell([proposal])).toBe(2);

      expect(emails()).toEqual([]);
      expect([...digests.entries.values()]).toEqual([
        { id: 'evt-1:inv-1', recipientId: 'inv-1', match, createdAt: T0, digestId: null },
      ]);
      expect(filed()).toEqual([
        expect.objectContaining({ recipientId: 'inv-1', category: 'matching', subject: 'match-1' }),
      ]);
      // A digest entry is no delivery: the mail dispatcher has nothing to send yet.
      expect(woken['e-mail']).not.toHaveBeenCalled();
    });

    it('neither e-mails nor digests a new match to an investor on daily alerts who opted out of matching e-mails', async () => {
      await preferences.save(
        chosenPreferences('inv-1', { categories: { matching: only('e-mail') }, dealFlowAlerts: 'daily' }, T0),
      );

      expect(await tell([proposal])).toBe(1);

      expect(emails()).toEqual([]);
      expect(digests.entries.size).toBe(0);
    });
  });

  describe('webhooks', () => {
    it('calls the recipient’s subscribed endpoint once, with the public body {type, timestamp, data}', async () => {
      await addEndpoint('wh-inv', 'inv-1', 'investor', ['deal-flow.match-proposed']);

      await tell([proposal]);

      expect(calls()).toEqual([
        expect.objectContaining({
          id: 'evt-1:wh-inv:webhook',
          channel: 'webhook',
          kind: 'match-proposed',
          recipientId: 'inv-1',
          status: 'pending',
          nextAttemptAt: T0,
          webhook: {
            endpointId: 'wh-inv',
            body: { type: 'deal-flow.match-proposed', timestamp: occurredAt, data: proposal.publicEvent?.data },
          },
        }),
      ]);
    });

    it('calls an operator’s subscribed endpoint too, as its owner’s delivery', async () => {
      await addEndpoint('wh-inv', 'inv-1', 'investor', ['deal-flow.match-proposed']);
      await addEndpoint('wh-op', 'op-1', 'operator', ['deal-flow.match-proposed']);

      await tell([proposal]);

      expect(calls().map((call) => [call.webhook?.endpointId, call.recipientId])).toEqual([
        ['wh-inv', 'inv-1'],
        ['wh-op', 'op-1'],
      ]);
    });

    it('calls no endpoint that did not subscribe to the event, is disabled, or is another investor’s', async () => {
      await addEndpoint('wh-unsubscribed', 'inv-1', 'investor', ['document.signed']);
      await addEndpoint('wh-disabled', 'inv-1', 'investor', ['deal-flow.match-proposed'], 'disabled');
      await addEndpoint('wh-other', 'inv-2', 'investor', ['deal-flow.match-proposed']);
      await addEndpoint('wh-op-unsubscribed', 'op-1', 'operator', ['document.signed']);

      expect(await tell([proposal])).toBe(2);

      expect(calls()).toEqual([]);
      expect(woken.webhook).not.toHaveBeenCalled();
    });

    it('calls no endpoint of an owner who opted out of webhooks of a non-critical category', async () => {
      await addEndpoint('wh-inv', 'inv-1', 'investor', ['deal-flow.match-proposed']);
      await addEndpoint('wh-op', 'op-1', 'operator', ['deal-flow.match-proposed']);
      await optOut('inv-1', 'matching', 'webhook');

      await tell([proposal]);
      expect(calledEndpoints()).toEqual(['wh-op']);

      await optOut('op-1', 'matching', 'webhook');
      await tell([proposal], 'evt-2');
      expect(calledEndpoints()).toEqual(['wh-op']);
    });

    it('calls the endpoints of a critical category whatever their owners opted out of', async () => {
      await addEndpoint('wh-inv', 'inv-1', 'investor', ['document.signed']);
      await addEndpoint('wh-op', 'op-1', 'operator', ['document.signed']);
      await optOut('inv-1', 'document', 'webhook');
      await optOut('op-1', 'document', 'webhook');

      await tell([signed]);

      expect(calledEndpoints()).toEqual(['wh-inv', 'wh-op']);
    });

    it('calls an operator’s endpoint once for an event that tells two people', async () => {
      await addEndpoint('wh-op', 'op-1', 'operator', ['document.signed']);

      await tell([signed, { ...signed, recipientId: 'owner-1' }]);

      expect(calledEndpoints()).toEqual(['wh-op']);
      expect(filed()).toHaveLength(2);
    });
  });

  describe('once, and only while it is news', () => {
    it('creates nothing new for an event delivered twice, and wakes no dispatcher the second time', async () => {
      await addEndpoint('wh-inv', 'inv-1', 'investor', ['deal-flow.match-proposed']);
      await tell([proposal, toOwner(submitted)]);
      const before = { deliveries: deliveries.items.size, inbox: inbox.notifications.size };
      expect(before).toEqual({ deliveries: 3, inbox: 2 });
      jest.clearAllMocks();

      expect(await tell([proposal, toOwner(submitted)], 'evt-1', occurredAt, new Date(T0.getTime() + 60_000))).toBe(0);

      expect({ deliveries: deliveries.items.size, inbox: inbox.notifications.size }).toEqual(before);
      expect(woken['e-mail']).not.toHaveBeenCalled();
      expect(woken.webhook).not.toHaveBeenCalled();
    });

    it('adds a digest entry once for an event delivered twice', async () => {
      await preferences.save(chosenPreferences('inv-1', { categories: {}, dealFlowAlerts: 'daily' }, T0));
      await tell([proposal]);

      expect(await tell([proposal])).toBe(0);
      expect(digests.entries.size).toBe(1);
    });

    it('tells nobody about an event older than MAIL_STALE_AFTER_MS, without asking for its orders', async () => {
      await addEndpoint('wh-inv', 'inv-1', 'investor', ['deal-flow.match-proposed']);
      const orders = jest.fn(() => [proposal, toOwner(submitted)]);
      const old = new Date(T0.getTime() - STALE_AFTER_MS - 1).toISOString();

      expect(await sut.execute({ eventId: 'evt-old', occurredAt: old, orders }, T0)).toBe(0);

      expect(orders).not.toHaveBeenCalled();
      expect(deliveries.items.size + inbox.notifications.size + digests.entries.size).toBe(0);
      expect(woken['e-mail']).not.toHaveBeenCalled();
      expect(woken.webhook).not.toHaveBeenCalled();
    });

    it('still tells about an event just within MAIL_STALE_AFTER_MS', async () => {
      const recent = new Date(T0.getTime() - STALE_AFTER_MS).toISOString();

      expect(await tell([toOwner(submitted)], 'evt-recent', recent)).toBe(2);
    });
  });

  describe('erased accounts', () => {
    it('tells no erased recipient, on any channel, and still tells the others of the event', async () => {
      await addEndpoint('wh-inv', 'inv-1', 'investor', ['deal-flow.match-proposed']);
      erasures.erasedAccounts.add('inv-1');

      expect(await tell([proposal, toOwner(submitted)])).toBe(2);

      expect(filed()).toEqual([expect.objectContaining({ recipientId: 'owner-1' })]);
      expect(emails()).toEqual([expect.objectContaining({ recipientId: 'owner-1' })]);
      expect(calls()).toEqual([]);
      expect(digests.entries.size).toBe(0);
    });

    it('tells nobody about an erased account: the notice would name it again', async () => {
      erasures.erasedAccounts.add('owner-1');

      expect(await tell([{ ...proposal, mentions: ['owner-1'] }])).toBe(0);

      expect(deliveries.items.size + inbox.notifications.size + digests.entries.size).toBe(0);
      expect(woken['e-mail']).not.toHaveBeenCalled();
    });

    it('looks the event’s accounts up in the erasure log once, all of them together', async () => {
      const lookUp = jest.spyOn(erasures, 'erasedAmong');

      await tell([{ ...proposal, mentions: ['owner-1'] }, toOwner(submitted)]);

      expect(lookUp).toHaveBeenCalledTimes(1);
      expect(lookUp).toHaveBeenCalledWith(['inv-1', 'owner-1', 'owner-1']);
    });
  });

  describe('waking the dispatchers', () => {
    it('wakes the mail dispatcher once when e-mails were added, and the webhook dispatcher when calls were', async () => {
      await addEndpoint('wh-inv', 'inv-1', 'investor', ['deal-flow.match-proposed']);

      await tell([proposal, toOwner(submitted), toOwner(decided)]);

      expect(woken['e-mail']).toHaveBeenCalledTimes(1);
      expect(woken.webhook).toHaveBeenCalledTimes(1);
    });

    it('wakes neither when only an inbox item was filed', async () => {
      await optOut('owner-1', 'application', 'e-mail');

      await tell([toOwner(submitted)]);

      expect(filed()).toHaveLength(1);
      expect(woken['e-mail']).not.toHaveBeenCalled();
      expect(woken.webhook).not.toHaveBeenCalled();
    });

    it('wakes only the mail dispatcher when no endpoint hears of the event', async () => {
      await tell([proposal]);

      expect(woken['e-mail']).toHaveBeenCalledTimes(1);
      expect(woken.webhook).not.toHaveBeenCalled();
    });
  });
});
