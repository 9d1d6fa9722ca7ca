import { createHash, randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import {
  type Actor,
  type DocumentChunkView,
  type DocumentListView,
  type DocumentView,
  ErasureTopics,
  type LegalTemplateListView,
  type LegalTemplateVersionView,
  type RequestEnvelope,
  type TemplatePreviewView,
  Topics,
} from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import {
  applicationDrafted,
  eventually,
  expectHealthAndMetrics,
  KafkaProbe,
  requestEnvelope,
  startServiceUnderTest,
  uniqueName,
} from '@pollen/testing';
import type { Connection } from 'mongoose';

import { AppModule, kafkaOptionsOf } from '../src/app.module';
import { LegalTemplatesConfig } from '../src/config/legal-templates.config';
import { LIBRARY } from '../src/library';
import { LibraryAtStart } from '../src/messaging/library-at-start';
import { aTemplateDraft, GRANT_VARIABLES } from './factories/template-version.factory';

describe('legal-templates against the real Kafka and database', () => {
  const instance = uniqueName('test-gateway');
  const investor: Actor = { id: 'acc-investor', roles: ['investor'] };
  const operator: Actor = { id: 'acc-operator', roles: ['operator'] };
  let app: INestApplication;
  let db: Connection;
  let probe: KafkaProbe;

  const ask = <TResult>(envelope: RequestEnvelope) => probe.ask<TResult>(Topics.legalTemplateRequests.name, envelope);
  const request = <TResult>(type: string, subject: string, data: unknown, actor = operator) =>
    ask<TResult>(requestEnvelope({ type, subject, data, actor, instance }));
  const listTemplates = (actor = investor) =>
    request<LegalTemplateListView>('legal-templates.list', actor.id, {}, actor);

  beforeAll(async () => {
    ({ app, db } = await startServiceUnderTest({
      name: 'legal-templates',
      config: LegalTemplatesConfig,
      kafkaOptions: kafkaOptionsOf,
      module: (config, kafka) => AppModule.register(config, kafka),
    }));
    probe = new KafkaProbe();
    await probe.listen([Topics.gatewayReplies.name, ErasureTopics['legal-templates'].name]);
  });

  afterAll(async () => {
    await probe?.close();
    await db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  it('serves liveness, readiness and metrics', () => expectHealthAndMetrics(app, 'pollen_messages_consumed_total'));

  it('starts with the seed library published, once per language, and publishes it once however often it starts', async () => {
    const listed = await listTemplates();
    expect(listed.ok && listed.result.items.map((item) => `${item.key}/${item.locale}`).sort()).toEqual(
      LIBRARY.flatMap((template) => [`${template.key}/en`, `${template.key}/fr`]).sort(),
    );
    await app.get(LibraryAtStart).onApplicationBootstrap();
    expect(await db.collection('template_versions').countDocuments()).toBe(LIBRARY.length);
  });

  it('keeps a template from its draft to its publication, and lists it once per language', async () => {
    const draft = aTemplateDraft();
    const created = await request<LegalTemplateVersionView>('legal-templates.create', draft.key, draft);
    expect(created).toMatchObject({ ok: true, result: { key: draft.key, version: '1.0.0', status: 'draft' } });
    const beforePublishing = await listTemplates();
    expect(beforePublishing.ok && beforePublishing.result.items.some((item) => item.key === draft.key)).toBe(false);

    const published = await request<LegalTemplateVersionView>('legal-templates.publish', draft.key, {
      version: '1.0.0',
    });
    expect(published).toMatchObject({ ok: true, result: { status: 'published' } });

    const listed = await listTemplates();
    const ours = listed.ok ? listed.result.items.filter((item) => item.key === draft.key) : [];
    expect(ours.map((item) => [item.locale, item.title])).toEqual([
      ['fr', 'Convention de subvention'],
      ['en', 'Grant agreement'],
    ]);
    const stored = await db.collection('template_versions').findOne({ _id: `${draft.key}@1.0.0` as never });
    expect(stored).toMatchObject({ semverOrder: '000001.000000.000000', status: 'published', version: 2 });
  });

  it('previews in a worker thread of the running service, and answers a hostile body with a 422', async () => {
    const preview = await request<TemplatePreviewView>(
      'legal-templates.preview',
      'convention-regionale',
      { version: '1.0.0', locale: 'fr', variables: GRANT_VARIABLES },
      investor,
    );
    expect(preview.ok && preview.result.html).toContain('dix-mille euros');

    const hostile = aTemplateDraft({
      key: 'boucle-sans-fin',
      schema: { type: 'object' },
      bodies: { fr: '{% for i in (1..3000) %}{% for j in (1..1000) %}{{ j }}{% endfor %}{% endfor %}', en: '<p>x</p>' },
    });
    await request('legal-templates.create', hostile.key, hostile);
    const stopped = await request('legal-templates.preview', hostile.key, {
      version: '1.0.0',
      locale: 'fr',
      variables: {},
    });
    expect(stopped).toMatchObject({ ok: false, error: { code: 'unprocessable', reason: 'template.render-failed' } });
    // The service stays up and answers at once.
    expect(await listTemplates()).toMatchObject({ ok: true });
  });

  it('generates a document from the library, keeping its files on this database byte for byte', async () => {
    const [nda] = LIBRARY;
    const documentId = randomUUID();
    const generated = await request<DocumentView>('documents.generate', documentId, {
      templateKey: nda.key,
      locale: 'en',
      variables: nda.example,
    });
    expect(generated).toMatchObject({
      ok: true,
      result: { id: documentId, templateVersion: nda.version, locale: 'en' },
    });
    const files = generated.ok ? generated.result.files : [];

    for (const file of files) {
      const chunk = await request<DocumentChunkView>('documents.content', documentId, {
        format: file.format,
        offset: 0,
      });
      const bytes = chunk.ok ? Buffer.from(chunk.result.data, 'base64') : Buffer.alloc(0);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    // A document without an application is for operators only: anyone else learns nothing of it.
    const reader = await request('documents.get', documentId, {}, investor);
    expect(reader).toMatchObject({ ok: false, error: { reason: 'document.not-found' } });
  });

  describe('a deal’s steps, from the events of the services that own them', () => {
    const programmeId = randomUUID();
    const applicationId = randomUUID();
    const matchId = randomUUID();
    const owner: Actor = { id: `acc-${randomUUID()}`, roles: ['applicant'] };
    const funder: Actor = { id: `acc-${randomUUID()}`, roles: ['investor'] };
    /** Sends an event as its owner publishes it; resolves to the message, to deliver it again. */
    const event = async (topic: string, type: string, subject: string, data: object, aggregateVersion = 1) => {
      // All on one partition: the service handles a partition in order, so once a later message's
      // effect is visible, every earlier one has been handled.
      const message = {
        key: subject,
        partition: 0,
        value: JSON.stringify({
          id: randomUUID(),
          type,
          version: 1,
          occurredAt: '2026-12-15T10:00:00.000Z',
          source: 'test',
          subject,
          aggregateVersion,
          correlationId: randomUUID(),
          data,
        }),
      };
      await probe.send(topic, [message]);
      return message;
    };
    const documentsOf = async (actor: Actor) => {
      const listed = await request<DocumentListView>('documents.list-for-application', applicationId, {}, actor);
      return listed.ok ? listed.result.items : [];
    };
    const keysOf = (items: DocumentView[]) => items.map((item) => `${item.templateKey}/${item.locale}`);

    beforeAll(async () => {
      const drafted = applicationDrafted({ applicationId, data: { programmeId, ownerId: owner.id } });
      const programme = {
        id: programmeId,
        version: 1,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
        title: 'Prêts d’honneur ESS 2027',
        description: 'Un programme de prêts d’honneur',
        operatorName: 'Réseau Initiative Démo',
        operatorSiren: '552100554',
        operatorLegalForm: 'association',
        kind: 'honour-loan',
        opensAt: '2026-11-01T00:00:00.000Z',
        closesAt: '2027-11-01T00:00:00.000Z',
        budgetCents: 100_000_000,
        maxShareOfCost: 0.5,
        eligibility: {},
      };
      await event(Topics.programmeEvents.name, 'programme.created', programmeId, programme);
      // The co-financing cap removed: the programme is kept whole, without it.
      const { maxShareOfCost: _removed, ...updated } = programme;
      await event(Topics.programmeEvents.name, 'programme.updated', programmeId, { ...updated, version: 2 });
      await event(Topics.accountEvents.name, 'account.registered', owner.id, {
        accountId: owner.id,
        role: 'applicant',
        displayName: 'Claire',
        locale: 'en',
      });
      await probe.send(Topics.applicationEvents.name, [{ key: applicationId, value: JSON.stringify(drafted) }]);
    });

    it('an introduction makes the confidentiality agreement and the letter of intent asked for, once however often it is delivered', async () => {
      // The investor's organisation travels on its own topic, long before any introduction.
      await event(Topics.investorOrganisations.name, 'investor.organisation-stated', funder.id, {
        investorId: funder.id,
        organisation: { name: 'Fondation Démo' },
      });
      await eventually(
        async () => (await db.collection('deal_investors').findOne({ _id: funder.id as never })) ?? undefined,
        {
          what: 'the investor’s organisation',
        },
      );
      const introduced = {
        matchId,
        applicationId,
        investorId: funder.id,
        programmeId,
        applicant: {
          accountId: owner.id,
          locale: 'fr',
          organisation: { name: 'Les Jardins Partagés', siren: '732829320', legalForm: 'scic', region: 'FR-NAQ' },
        },
        investor: { accountId: funder.id, locale: 'fr', kind: 'foundation' },
        request: { amountCents: 5_000_000, instrument: 'honour-loan', durationMonths: 36, purpose: 'Serres' },
        interest: { amountCents: 3_000_000, letterOfIntent: true },
      };
      const message = await event(Topics.matchEvents.name, 'match.introduced', matchId, introduced);
      const made = await eventually(
        async () => {
          const items = await documentsOf(funder);
          return items.length === 2 ? items : undefined;
        },
        { what: 'the introduction’s documents' },
      );
      expect(keysOf(made).sort()).toEqual(['accord-de-confidentialite/fr', 'lettre-d-intention/fr']);

      // Delivered again, then a second introduction: once its agreement is there, the redelivery is
      // known to have made nothing.
      await probe.send(Topics.matchEvents.name, [message]);
      const secondMatchId = randomUUID();
      await event(Topics.matchEvents.name, 'match.introduced', secondMatchId, {
        ...introduced,
        matchId: secondMatchId,
        interest: {},
      });
      await eventually(
        async () => (await db.collection('documents').countDocuments({ matchId: secondMatchId })) === 1 || undefined,
        { what: 'the second introduction’s agreement' },
      );
      expect(await db.collection('documents').countDocuments({ matchId })).toBe(2);
    });

    it('a programme-funded decision makes the programme’s agreement with the applicant, translated for their English', async () => {
      await event(
        Topics.applicationEvents.name,
        'application.decided',
        applicationId,
        {
          applicationId,
          programmeId,
          ownerId: owner.id,
          decision: 'funded',
          reason: 'Comité du 15 décembre',
          by: 'ops',
          amountCents: 4_000_000,
          fundedBy: 'programme',
          terms: { graceMonths: 6 },
        },
        2,
      );
      const agreements = await eventually(
        async () => {
          const items = (await documentsOf(owner)).filter((item) => item.templateKey === 'contrat-de-pret-d-honneur');
          return items.length === 2 ? items : undefined;
        },
        { what: 'the honour loan agreement' },
      );
      expect(agreements.map((item) => [item.locale, item.binding])).toEqual([
        ['fr', true],
        ['en', false],
      ]);
      expect(agreements[0].parties).toEqual([
        { role: 'funder', name: 'Réseau Initiative Démo', siren: '552100554' },
        { role: 'applicant', name: 'Les Jardins Partagés', siren: '732829320' },
      ]);
      const html = await request<DocumentChunkView>(
        'documents.content',
        agreements[0].id,
        { format: 'html', offset: 0 },
        owner,
      );
      const text = html.ok ? Buffer.from(html.result.data, 'base64').toString('utf8') : '';
      expect(text).toContain('quarante-mille euros');
      expect(text).toContain('différé de 6 mois');
      // The introduced investor is no party to the programme's agreement.
      expect(keysOf(await documentsOf(funder))).not.toContain('contrat-de-pret-d-honneur/fr');
    });
  });
  it('erases an account: deletes its unsigned documents, keeps its signed loan reduced, and confirms once', async () => {
    const accountId = randomUUID();
    const other = randomUUID();
    const erasureId = randomUUID();
    const [draftId, loanId] = [randomUUID(), randomUUID()];
    const signedAt = new Date('2027-01-15T10:00:00Z');
    const party = (role: string, account: string) => ({ role, name: `Org ${role}`, accountId: account });
    const signature = (role: string, account: string, clientIp: string) => ({
      role,
      accountId: account,
      fullName: `Signer ${role}`,
      capacity: 'Présidente',
      organisation: `Org ${role}`,
      signedAt,
      sha256: 'a'.repeat(64),
      authentication: 'password',
      clientIp,
      userAgent: 'agent',
    });
    const common = {
      locale: 'fr',
      title: 'Contrat',
      parties: [party('applicant', accountId), party('investor', other)],
      readers: [accountId, other],
      binding: true,
      files: [{ format: 'pdf', contentType: 'application/pdf', bytes: 3, sha256: 'h' }],
      appliedRequestIds: [],
      createdAt: signedAt,
    };
    await db.collection('documents').insertMany([
      {
        _id: draftId,
        ...common,
        templateKey: 'accord-de-confidentialite',
        templateVersion: '1.0.0',
        status: 'generated',
        version: 1,
      },
      {
        _id: loanId,
        ...common,
        templateKey: 'contrat-de-pret',
        templateVersion: LIBRARY.find((template) => template.key === 'contrat-de-pret')?.version,
        status: 'signed',
        term: { months: 36 },
        signatures: [signature('applicant', accountId, '203.0.113.7'), signature('investor', other, '198.51.100.1')],
        version: 3,
      },
    ] as never[]);
    await db.collection('document_files').insertMany([
      { _id: `${draftId}:pdf:h`, documentId: draftId, format: 'pdf', data: Buffer.from('pdf') },
      { _id: `${loanId}:pdf:h`, documentId: loanId, format: 'pdf', data: Buffer.from('pdf') },
    ] as never[]);
    const event = newEvent('account.erasure-requested', {
      subject: accountId,
      aggregateVersion: 5,
      data: {
        accountId,
        erasureId,
        role: 'applicant',
        receiptHash: 'c'.repeat(64),
        requestedAt: new Date().toISOString(),
      },
    });

    // Delivered twice, as after a rebalance.
    const deliver = () => probe.send(Topics.accountEvents.name, [{ key: accountId, value: JSON.stringify(event) }]);
    await deliver();
    const [again] = await deliver();
    const confirmation = await probe.waitFor(
      (message) => message.topic === ErasureTopics['legal-templates'].name && message.key === erasureId,
    );
    await probe.waitForGroupPast('legal-templates', Topics.accountEvents.name, again);

    const until = new Date('2040-01-15T10:00:00Z').toISOString();
    expect(JSON.parse(confirmation.value)).toMatchObject({
      type: 'legal-templates.erasure-completed',
      data: {
        erasureId,
        service: 'legal-templates',
        kept: [{ what: 'signed contrat-de-pret', id: loanId, basis: 'art. L123-22 Code de commerce', until }],
      },
    });
    expect(await db.collection('documents').findOne({ _id: draftId as never })).toBeNull();
    expect(await db.collection('document_files').countDocuments({ documentId: draftId })).toBe(0);
    const kept = await db.collection('documents').findOne({ _id: loanId as never });
    expect(kept).toMatchObject({ readers: [other], legalBasis: 'art. L123-22 Code de commerce', keptFor: [erasureId] });
    expect(kept?.['parties']).toEqual([{ role: 'applicant', name: 'Org applicant' }, party('investor', other)]);
    expect(kept?.['signatures'][0]).not.toHaveProperty('clientIp');
    expect(kept?.['signatures'][0]).not.toHaveProperty('accountId');
    expect(kept?.['signatures'][0]).toMatchObject({ fullName: 'Signer applicant', capacity: 'Présidente' });
    expect(kept?.['signatures'][1]).toMatchObject({ accountId: other, clientIp: '198.51.100.1' });
    expect(await db.collection('document_files').countDocuments({ documentId: loanId })).toBe(1);
    // The second delivery confirmed nothing more.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const confirmations = probe.received.filter(
      (message) => message.topic === ErasureTopics['legal-templates'].name && message.key === erasureId,
    );
    expect(confirmations).toHaveLength(1);
  });
});
