import { euros, type EventDataOf, type EventType } from '@pollen/contracts';
import { newEvent, NotYetProjected } from '@pollen/platform/kafka';
import { applicationDrafted } from '@pollen/testing';

import { InMemoryDeliveryStore } from '../../test/fakes/in-memory-delivery.store';
import { InMemoryDirectoryStore } from '../../test/fakes/in-memory-directory.store';
import { NotificationsConfig } from '../config/notifications.config';
import type { EmailDispatcher } from '../delivery/email-dispatcher';
import { EnqueueEmails } from './enqueue-emails/enqueue-emails.usecase';
import { ProjectDirectory } from './project-directory/project-directory.usecase';
import { TellAboutApplication } from './tell-about-application/tell-about-application.usecase';
import { TellAboutDocument } from './tell-about-document/tell-about-document.usecase';
import { TellAboutMatch } from './tell-about-match/tell-about-match.usecase';

const event = <T extends EventType>(type: T, data: EventDataOf<T>, occurredAt = new Date()) =>
  newEvent(type, { subject: 'subject', aggregateVersion: 5, occurredAt, data });

const ids = { matchId: 'match-1', applicationId: 'app-1', investorId: 'inv-1', programmeId: 'prog-1' };

describe('what each event tells whom by e-mail', () => {
  let deliveries: InMemoryDeliveryStore;
  let directory: InMemoryDirectoryStore;
  let dispatcher: { kick: jest.Mock };
  let emails: EnqueueEmails;
  const orders = () =>
    [...deliveries.items.values()].map(({ recipientId, message, applicationId }) => ({
      recipientId,
      applicationId,
      ...message,
    }));

  beforeEach(async () => {
    deliveries = new InMemoryDeliveryStore();
    directory = new InMemoryDirectoryStore();
    dispatcher = { kick: jest.fn() };
    const config = Object.assign(new NotificationsConfig(), { MAIL_STALE_AFTER_MS: 60_000 });
    emails = new EnqueueEmails(deliveries, dispatcher as unknown as EmailDispatcher, config);
    const drafted = applicationDrafted({ applicationId: 'app-1', data: { ownerId: 'owner-1' } });
    await new ProjectDirectory(directory).application(drafted);
  });

  it('acknowledges a submitted application to its owner, once however often the event comes', async () => {
    const tell = new TellAboutApplication(directory, emails);
    const drafted = applicationDrafted({ applicationId: 'app-2', data: { ownerId: 'owner-2' } });
    const submitted = event('application.submitted', {
      ...drafted.data,
      status: 'submitted',
      submittedAt: '2026-12-02T08:30:00.000Z',
    });

    expect(await tell.submitted(submitted)).toBe(1);
    expect(await tell.submitted(submitted)).toBe(0);

    expect(orders()).toEqual([
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
    expect(dispatcher.kick).toHaveBeenCalledTimes(1);
  });

  it('tells nobody about an event older than the stale limit: a new consumer group does not mail the past', async () => {
    const tell = new TellAboutApplication(directory, emails);
    const old = event(
      'application.decided',
      { ...ids, ownerId: 'owner-1', decision: 'declined', reason: 'Hors budget', by: 'op-1' },
      new Date(Date.now() - 61_000),
    );

    expect(await tell.decided(old)).toBe(0);
    expect(orders()).toEqual([]);
  });

  it('tells the owner of every rule a screening failed, and waits for an application it has not heard of', async () => {
    const tell = new TellAboutApplication(directory, emails);
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
    expect(orders()[0]).toMatchObject({
      recipientId: 'owner-1',
      kind: 'application-screened',
      variables: { eligible: false, reasons: reasons.map((reason) => reason.message) },
    });
    await expect(tell.screened(screened('app-unknown'))).rejects.toBeInstanceOf(NotYetProjected);
  });

  it('proposes a match to the investor and tells the applicant of an interest, naming the other side', async () => {
    const tell = new TellAboutMatch(directory, emails);
    await directory.saveInvestor({ id: 'inv-1', organisation: 'Fondation Solidaire', version: 2 });

    await tell.proposed(event('match.proposed', { ...ids, generation: 1, score: 87, explanation: [] }));
    await tell.interestExpressed(event('match.interest-expressed', { ...ids, amountCents: 2_000_000 }));

    expect(orders()).toEqual([
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
  });

  it('introduces each side to the other once both contacts are known', async () => {
    const tell = new TellAboutMatch(directory, emails);
    const introduced = event('match.introduced', {
      ...ids,
      applicant: {
        accountId: 'owner-1',
        locale: 'fr',
        organisation: { name: 'Les Jardins Partagés', siren: '732829320', legalForm: 'scic', region: 'FR-NAQ' },
      },
      investor: { accountId: 'inv-1', locale: 'en', kind: 'foundation', organisation: { name: 'Fondation Solidaire' } },
      request: { amountCents: 5_000_000, instrument: 'honour-loan', durationMonths: 36, purpose: 'Serres' },
      interest: {},
    } as unknown as EventDataOf<'match.introduced'>);

    await expect(tell.introduced(introduced)).rejects.toBeInstanceOf(NotYetProjected);

    await directory.saveIntroductionContacts({
      matchId: 'match-1',
      applicant: { name: 'Awa Diallo', email: 'awa@jardins.example', phone: '+33 6 12 34 56 78' },
      investor: { name: 'Paul Henry', email: 'paul@fondation.example' },
    });
    expect(await tell.introduced(introduced)).toBe(2);

    expect(orders().map(({ recipientId, variables }) => ({ recipientId, variables }))).toEqual([
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
  });

  it('tells each party of a binding document, and nobody of its translation', async () => {
    const tell = new TellAboutDocument(emails);
    const generated = (binding: boolean) =>
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

    expect(await tell.generated(generated(false))).toBe(0);
    expect(await tell.generated(generated(true))).toBe(2);
    expect(orders().map(({ recipientId, kind }) => [recipientId, kind])).toEqual([
      ['owner-1', 'document-generated'],
      ['inv-1', 'document-generated'],
    ]);
  });
});
