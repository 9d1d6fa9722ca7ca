import { createHash, randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import {
  type Actor,
  type DocumentChunkView,
  type DocumentListView,
  type DocumentView,
  type LegalTemplateListView,
  type LegalTemplateVersionView,
  type RequestEnvelope,
  type TemplatePreviewView,
  Topics,
} from '@pollen/contracts';
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
    await probe.listen([Topics.gatewayReplies.name]);
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
        investor: { accountId: funder.id, locale: 'fr', kind: 'foundation', organisation: { name: 'Fondation Démo' } },
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
});
