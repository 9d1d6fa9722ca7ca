import { euros, type EventDataOf, type EventType, type WebhookEventType } from '@pollen/contracts';
import { newEvent, NotYetProjected } from '@pollen/platform/kafka';
import { applicationDrafted, RecordingErasureLog } from '@pollen/testing';

import { InMemoryDeliveryStore } from '../../test/fakes/in-memory-delivery.store';
import { InMemoryDigestStore } from '../../test/fakes/in-memory-digest.store';
import { InMemoryDirectoryStore } from '../../test/fakes/in-memory-directory.store';
import { InMemoryNotificationStore } from '../../test/fakes/in-memory-notification.store';
import { InMemoryPreferencesStore } from '../../test/fakes/in-memory-preferences.store';
import { InMemoryWebhookEndpointStore } from '../../test/fakes/in-memory-webhook-endpoint.store';
import { NotificationsConfig } from '../config/notifications.config';
import { NewDeliveries } from '../delivery/new-deliveries';
import { newEndpoint } from '../domain/webhook-endpoint';
import { renderSummary } from '../messages/render-message';
import { Notify } from './notify/notify.usecase';
import { ProjectDirectory } from './project-directory/project-directory.usecase';
import { TellAboutApplication } from './tell-about-application/tell-about-application.usecase';
import { TellAboutDocument } from './tell-about-document/tell-about-document.usecase';
import { TellAboutMatch } from './tell-about-match/tell-about-match.usecase';

const event = <T extends EventType>(type: T, data: EventDataOf<T>, occurredAt = new Date()) =>
  newEvent(type, { subject: 'subject', aggregateVersion: 5, occurredAt, data });

const ids = { matchId: 'match-1', applicationId: 'app-1', investorId: 'inv-1', programmeId: 'prog-1' };
const EVERY_PUBLIC_EVENT: WebhookEventType[] = [
  'deal-flow.match-proposed',
  'deal-flow.introduced',
  'document.ready-to-sign',
  'document.signed',
];

const introducedEvent = () =>
  event('match.introduced', {
    ...ids,
    applicant: {
      accountId: 'owner-1',
      locale: 'fr',
      organisation: { name: 'Les Jardins Partagés', siren: '732829320', legalForm: 'scic', region: 'FR-NAQ' },
    },
    investor: { accountId: 'inv-1', locale: 'en', kind: 'foundation' },
    request: { amountCents: 5_000_000, instrument: 'honour-loan', durationMonths: 36, purpose: 'Serres' },
    interest: {},
  } as unknown as EventDataOf<'match.introduced'>);

const introductionContacts = {
  matchId: 'match-1',
  applicant: { name: 'Awa Diallo', email: 'awa@jardins.example', phone: '+33 6 12 34 56 78' },
  investor: { name: 'Paul Henry', email: 'paul@fondation.example' },
};

const documentGenerated = (binding: boolean) =>
  event('document.generated', {
    documentId: binding ? 'doc-fr' : 'doc-en',
    applicationId: 'app-1',
    title: 'Accord de confidentialité',
    readers: ['owner-1', 'inv-1'],
    templateKey: 'accord-de-confidentialite',
    templateVersion: '1.1.0',
    locale: binding ? 'fr' : 'en',
    binding,
    files: [],
  });

describe('what each event tells whom', () => {
  let deliveries: InMemoryDeliveryStore;
  let inbox: InMemoryNotificationStore;
  let directory: InMemoryDirectoryStore;
  let endpoints: InMemoryWebhookEndpointStore;
  let mailWoken: jest.Mock;
  let notify: Notify;

  /** The e-mails queued, as what they tell whom. */
  const emailed = () =>
    [...deliveries.items.values()]
      .filter((delivery) => delivery.channel === 'e-mail')
      .map(({ recipientId, message, applicationId }) => ({ recipientId, applicationId, ...message }));
  const filed = () => [...inbox.notifications.values()];
  const called = () => [...deliveries.items.values()].filter((delivery) => delivery.channel === 'webhook');

  let erasures: RecordingErasureLog;

  beforeEach(async () => {
    deliveries = new InMemoryDeliveryStore();
    inbox = new InMemoryNotificationStore();
    directory = new InMemoryDirectoryStore();
    endpoints = new InMemoryWebhookEndpointStore();
    const added = new NewDeliveries();
    mailWoken = jest.fn();
    added.onAdded('e-mail', mailWoken);
    const config = Object.assign(new NotificationsConfig(), { MAIL_STALE_AFTER_MS: 60_000 });
    erasures = new RecordingErasureLog();
    notify = new Notify(
      new InMemoryPreferencesStore(),
      inbox,
      deliveries,
      new InMemoryDigestStore(),
      endpoints,
      added,
      config,
      erasures,
    );
    const drafted = applicationDrafted({ applicationId: 'app-1', data: { ownerId: 'owner-1' } });
    await new ProjectDirectory(directory, new RecordingErasureLog()).application(drafted);
  });

  it('acknowledges a submitted application to its owner, once however often the event comes', async () => {
    const tell = new TellAboutApplication(directory, notify);
    const drafted = applicationDrafted({ applicationId: 'app-2', data: { ownerId: 'owner-2' } });
    const submitted = event('application.submitted', {
      ...drafted.data,
      status: 'submitted',
      submittedAt: '2026-12-02T08:30:00.000Z',
    });

    // An e-mail and an inbox item; nothing the second time.
    expect(await tell.submitted(submitted)).toBe(2);
    expect(await tell.submitted(submitted)).toBe(0);

    expect(emailed()).toEqual([
      {
        recipientId: 'owner-2',
        applicationId: 'app-2',
        kind: 'application-submitted',
        variables: {
          applicationId: 'app-2',
          organisation: 'Les Jardins Partagés',
          project: 'Maraîchage d’insertion',
          amount: euros(5_000_000),
          instrument: { fr: "prêt d'honneur", en: 'honour loan' },
          submittedAt: { fr: '2 décembre 2026 à 09:30', en: '2 December 2026 at 09:30' },
        },
      },
    ]);
    expect(filed()).toHaveLength(1);
    expect(mailWoken).toHaveBeenCalledTimes(1);
  });

  it('files each tell in the inbox too, in both languages, about what it concerns', async () => {
    const tell = new TellAboutApplication(directory, notify);
    const drafted = applicationDrafted({ applicationId: 'app-2', data: { ownerId: 'owner-2' } });
    const submitted = event('application.submitted', {
      ...drafted.data,
      status: 'submitted',
      submittedAt: '2026-12-02T08:30:00.000Z',
    });

    await tell.submitted(submitted);

    const [item] = filed();
    expect(item).toMatchObject({
      recipientId: 'owner-2',
      channel: 'in-app',
      category: 'application',
      critical: false,
      status: 'unread',
      subject: 'app-2',
      sourceEventId: submitted.id,
    });
    expect(item.title.fr).toContain('a bien été déposée');
    expect(item.title.en).toBe('Your application “Maraîchage d’insertion” has been submitted');
    expect(item.body.fr).toContain('Nous avons bien reçu votre candidature');
    expect(item.body.en).toContain('We have received your application for the project “Maraîchage d’insertion”');
  });

  it('files an inbox item beside every e-mail of every tell, rendered in French and in English', async () => {
    await directory.saveInvestor({ id: 'inv-1', organisation: 'Fondation Solidaire', version: 2 });
    await directory.saveIntroductionContacts(introductionContacts);
    const applications = new TellAboutApplication(directory, notify);
    const matches = new TellAboutMatch(directory, notify);
    const documents = new TellAboutDocument(notify);

    await applications.decided(
      event('application.decided', {
        ...ids,
        ownerId: 'owner-1',
        decision: 'declined',
        reason: 'Hors budget',
        by: 'op-1',
      }),
    );
    await matches.proposed(event('match.proposed', { ...ids, generation: 1, score: 87, explanation: [] }));
    await matches.interestExpressed(event('match.interest-expressed', { ...ids, amountCents: 2_000_000 }));
    await matches.introduced(introducedEvent());
    await documents.generated(documentGenerated(true));

    const mails = [...deliveries.items.values()].filter((delivery) => delivery.channel === 'e-mail');
    expect(mails).toHaveLength(7);
    expect(filed()).toHaveLength(mails.length);
    for (const mail of mails) {
      const item = filed().find((n) => n.sourceEventId === mail.sourceEventId && n.recipientId === mail.recipientId);
      const [fr, en] = [renderSummary(mail.message, 'fr'), renderSummary(mail.message, 'en')];
      expect(item).toMatchObject({ title: { fr: fr.title, en: en.title }, body: { fr: fr.body, en: en.body } });
      expect(fr.title).not.toBe(en.title);
    }
  });

  it('tells nobody about an event older than the stale limit: a new consumer group does not mail the past', async () => {
    const tell = new TellAboutApplication(directory, notify);
    const old = event(
      'application.decided',
      { ...ids, ownerId: 'owner-1', decision: 'declined', reason: 'Hors budget', by: 'op-1' },
      new Date(Date.now() - 61_000),
    );

    expect(await tell.decided(old)).toBe(0);
    expect(emailed()).toEqual([]);
    expect(filed()).toEqual([]);
    expect(mailWoken).not.toHaveBeenCalled();
  });

  it('tells the owner of every rule a screening failed, and waits for an application it has not heard of', async () => {
    const tell = new TellAboutApplication(directory, notify);
    const reasons = [
      { code: 'region-not-covered', message: { fr: 'Région non couverte', en: 'Region not covered' } },
      { code: 'amount-too-high', message: { fr: 'Montant trop élevé', en: 'Amount too high' } },
    ];
    const screened = (applicationId: string) =>
      event('application.screened', {
        ...ids,
        applicationId,
        ownerId: 'owner-1',
        result: 'ineligible',
        reasons,
        rulesApplied: {},
      } as unknown as EventDataOf<'application.screened'>);

    await tell.screened(screened('app-1'));
    expect(emailed()[0]).toMatchObject({
      recipientId: 'owner-1',
      kind: 'application-screened',
      variables: { eligible: false, reasons: reasons.map((reason) => reason.message) },
    });
    await expect(tell.screened(screened('app-unknown'))).rejects.toBeInstanceOf(NotYetProjected);
    expect(filed()).toHaveLength(1);
  });

  it('proposes a match to the investor and tells the applicant of an interest, naming the other side', async () => {
    const tell = new TellAboutMatch(directory, notify);
    await directory.saveInvestor({ id: 'inv-1', organisation: 'Fondation Solidaire', version: 2 });

    await tell.proposed(event('match.proposed', { ...ids, generation: 1, score: 87, explanation: [] }));
    await tell.interestExpressed(event('match.interest-expressed', { ...ids, amountCents: 2_000_000 }));

    expect(emailed()).toEqual([
      expect.objectContaining({
        recipientId: 'inv-1',
        kind: 'match-proposed',
        variables: expect.objectContaining({ organisation: 'Les Jardins Partagés', score: 87 }),
      }),
      expect.objectContaining({
        recipientId: 'owner-1',
        kind: 'interest-expressed',
        variables: expect.objectContaining({ investor: 'Fondation Solidaire', amount: euros(2_000_000) }),
      }),
    ]);
    // The investor's inbox item is about the match, the applicant's about their application.
    expect(filed().map(({ recipientId, subject }) => [recipientId, subject])).toEqual([
      ['inv-1', 'match-1'],
      ['owner-1', 'app-1'],
    ]);
  });

  it('tells no one of an introduction one side of which was erased, and waits for none of its facts', async () => {
    erasures.erasedAccounts.add('inv-1');

    expect(await new TellAboutMatch(directory, notify).introduced(introducedEvent())).toBe(0);
    expect(filed()).toEqual([]);
  });

  it('introduces each side to the other once both contacts and the investor’s organisation are known', async () => {
    const tell = new TellAboutMatch(directory, notify);
    const introduced = introducedEvent();

    await expect(tell.introduced(introduced)).rejects.toBeInstanceOf(NotYetProjected);
    await directory.saveIntroductionContacts(introductionContacts);
    await expect(tell.introduced(introduced)).rejects.toBeInstanceOf(NotYetProjected);
    expect(filed()).toEqual([]);

    await directory.saveInvestor({ id: 'inv-1', organisation: 'Fondation Solidaire', version: 2 });
    // An e-mail and an inbox item to each side.
    expect(await tell.introduced(introduced)).toBe(4);

    expect(emailed().map(({ recipientId, variables }) => ({ recipientId, variables }))).toEqual([
      {
        recipientId: 'owner-1',
        variables: expect.objectContaining({
          side: 'applicant',
          counterpart: {
            organisation: 'Fondation Solidaire',
            name: 'Paul Henry',
            email: 'paul@fondation.example',
            phone: null,
          },
        }),
      },
      {
        recipientId: 'inv-1',
        variables: expect.objectContaining({
          side: 'investor',
          counterpart: expect.objectContaining({ name: 'Awa Diallo', phone: '+33 6 12 34 56 78' }),
        }),
      },
    ]);
    expect(filed().map(({ recipientId, category, critical }) => [recipientId, category, critical])).toEqual([
      ['owner-1', 'introduction', true],
      ['inv-1', 'introduction', true],
    ]);
  });

  it('tells each party of a binding document, and nobody of its translation', async () => {
    const tell = new TellAboutDocument(notify);

    expect(await tell.generated(documentGenerated(false))).toBe(0);
    // An e-mail and an inbox item to each party.
    expect(await tell.generated(documentGenerated(true))).toBe(4);
    expect(emailed().map(({ recipientId, kind }) => [recipientId, kind])).toEqual([
      ['owner-1', 'document-generated'],
      ['inv-1', 'document-generated'],
    ]);
    expect(filed().map(({ recipientId, subject }) => [recipientId, subject])).toEqual([
      ['owner-1', 'doc-fr'],
      ['inv-1', 'doc-fr'],
    ]);
  });

  describe('public webhook events', () => {
    /** The body each endpoint receives, by endpoint id: which recipient's notice made the call does not matter. */
    const bodies = () =>
      called()
        .map((call) => [call.webhook?.endpointId ?? '', call.webhook?.body] as const)
        .sort(([a], [b]) => a.localeCompare(b));

    beforeEach(async () => {
      await directory.saveInvestor({ id: 'inv-1', organisation: 'Fondation Solidaire', version: 2 });
      const fields = { url: 'https://hooks.example.com', events: EVERY_PUBLIC_EVENT };
      const created = new Date();
      await endpoints.add(
        newEndpoint({ ...fields, id: 'wh-inv', ownerId: 'inv-1', ownerRole: 'investor' }, 's', created),
      );
      await endpoints.add(
        newEndpoint(
          { ...fields, id: 'wh-op', ownerId: 'op-1', ownerRole: 'operator' },
          's',
          new Date(created.getTime() + 1),
        ),
      );
    });

    it('sends a match proposal as deal-flow.match-proposed, with the project and no contact', async () => {
      const proposed = event('match.proposed', { ...ids, generation: 1, score: 87, explanation: [] });

      await new TellAboutMatch(directory, notify).proposed(proposed);

      const body = {
        type: 'deal-flow.match-proposed',
        timestamp: proposed.occurredAt,
        data: {
          matchId: 'match-1',
          applicationId: 'app-1',
          organisation: 'Les Jardins Partagés',
          project: 'Maraîchage d’insertion',
          amountCents: 5_000_000,
          instrument: 'honour-loan',
          score: 87,
        },
      };
      expect(bodies()).toEqual([
        ['wh-inv', body],
        ['wh-op', body],
      ]);
    });

    it('sends an introduction as deal-flow.introduced, once per endpoint, without an address or a phone', async () => {
      await directory.saveIntroductionContacts(introductionContacts);
      const introduced = introducedEvent();

      await new TellAboutMatch(directory, notify).introduced(introduced);

      const body = {
        type: 'deal-flow.introduced',
        timestamp: introduced.occurredAt,
        data: {
          matchId: 'match-1',
          applicationId: 'app-1',
          project: 'Maraîchage d’insertion',
          applicantOrganisation: 'Les Jardins Partagés',
          investorOrganisation: 'Fondation Solidaire',
        },
      };
      // The operator hears of both sides' notices as one event.
      expect(bodies()).toEqual([
        ['wh-inv', body],
        ['wh-op', body],
      ]);
      const sent = JSON.stringify(called().map((call) => call.webhook?.body));
      for (const secret of ['@', 'awa@jardins.example', 'paul@fondation.example', '+33 6 12 34 56 78', 'Awa Diallo']) {
        expect(sent).not.toContain(secret);
      }
    });

    it('sends a binding document as document.ready-to-sign, once per endpoint', async () => {
      const generated = documentGenerated(true);

      await new TellAboutDocument(notify).generated(generated);

      const body = {
        type: 'document.ready-to-sign',
        timestamp: generated.occurredAt,
        data: { documentId: 'doc-fr', title: 'Accord de confidentialité', applicationId: 'app-1' },
      };
      expect(bodies()).toEqual([
        ['wh-inv', body],
        ['wh-op', body],
      ]);
    });

    it('sends nothing to endpoints about what is no public event', async () => {
      await new TellAboutMatch(directory, notify).interestExpressed(
        event('match.interest-expressed', { ...ids, amountCents: 2_000_000 }),
      );
      await new TellAboutApplication(directory, notify).decided(
        event('application.decided', {
          ...ids,
          ownerId: 'owner-1',
          decision: 'declined',
          reason: 'Hors budget',
          by: 'op-1',
        }),
      );

      expect(called()).toEqual([]);
    });
  });
});
