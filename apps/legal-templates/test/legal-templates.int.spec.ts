import { createHash, randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import {
  type Actor,
  type DocumentChunkView,
  type DocumentView,
  type LegalTemplateListView,
  type LegalTemplateVersionView,
  type ReplyEnvelope,
  type RequestEnvelope,
  type TemplatePreviewView,
  Topics,
} from '@pollen/contracts';
import {
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

  const ask = async <TResult>(envelope: RequestEnvelope): Promise<ReplyEnvelope<TResult>> => {
    await probe.send(Topics.legalTemplateRequests.name, [{ key: envelope.subject, value: JSON.stringify(envelope) }]);
    const reply = await probe.waitFor(
      (message) =>
        message.topic === Topics.gatewayReplies.name &&
        (JSON.parse(message.value) as ReplyEnvelope).requestId === envelope.id,
    );
    return JSON.parse(reply.value) as ReplyEnvelope<TResult>;
  };
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
    expect(generated).toMatchObject({ ok: true, result: { id: documentId, templateVersion: '1.0.0', locale: 'en' } });
    const files = generated.ok ? generated.result.files : [];

    for (const file of files) {
      const chunk = await request<DocumentChunkView>('documents.content', documentId, {
        format: file.format,
        offset: 0,
      });
      const bytes = chunk.ok ? Buffer.from(chunk.result.data, 'base64') : Buffer.alloc(0);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    const reader = await request('documents.get', documentId, {}, investor);
    expect(reader).toMatchObject({ ok: false, error: { reason: 'auth.operators-only' } });
  });
});
