import type { INestApplication } from '@nestjs/common';
import {
  type Actor,
  type LegalTemplateListView,
  type ReplyEnvelope,
  type RequestEnvelope,
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
import { legalTemplate } from './factories/legal-template.factory';

describe('legal-templates against the real Kafka and database', () => {
  const instance = uniqueName('test-gateway');
  const investor: Actor = { id: 'acc-investor', roles: ['investor'] };
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
  const listTemplates = () =>
    ask<LegalTemplateListView>(
      requestEnvelope({
        type: 'legal-templates.list',
        subject: 'templates',
        data: {},
        actor: investor,
        instance,
      }),
    );

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

  it('starts with no template, and invents none', async () => {
    expect(await listTemplates()).toMatchObject({ ok: true, result: { items: [] } });
  });

  it('answers legal-templates.list with the published templates only', async () => {
    await db
      .collection('templates')
      .insertMany([
        legalTemplate({ key: 'convention-de-subvention', version: '1.0.0' }),
        legalTemplate({ key: 'convention-de-subvention', version: '1.1.0', status: 'draft' }),
      ]);

    const reply = await listTemplates();

    expect(reply).toEqual({
      requestId: expect.any(String),
      correlationId: expect.any(String),
      ok: true,
      result: {
        items: [
          {
            key: 'convention-de-subvention',
            version: '1.0.0',
            locale: 'fr',
            title: 'Convention de subvention',
            kind: 'grant',
            publishedAt: '2026-03-01T10:00:00.000Z',
          },
        ],
      },
    });
  });

  it('lists by key, then locale, the newest publication first', async () => {
    await db.collection('templates').insertMany([
      legalTemplate({ key: 'term-sheet', locale: 'en', title: 'Term sheet', kind: 'equity' }),
      legalTemplate({
        key: 'convention-de-subvention',
        version: '2.0.0',
        publishedAt: new Date('2026-05-01T00:00:00Z'),
      }),
    ]);

    const reply = await listTemplates();

    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.result.items.map((item) => `${item.key}@${item.version}/${item.locale}`)).toEqual([
      'convention-de-subvention@2.0.0/fr',
      'convention-de-subvention@1.0.0/fr',
      'term-sheet@1.0.0/en',
    ]);
  });
});
