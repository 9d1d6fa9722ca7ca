import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import {
  type Actor,
  type CreateApplicationDraftDto,
  deadLetterTopicOf,
  Headers,
  type ReplyEnvelope,
  Topics,
} from '@pollen/contracts';
import {
  eventually,
  infrastructure,
  KafkaProbe,
  managementUrl,
  requestEnvelope,
  startServiceUnderTest,
  uniqueName,
  waitUntilReady,
} from '@pollen/testing';
import type { Connection } from 'mongoose';
import request from 'supertest';

import { AppModule, kafkaOptionsOf } from '../src/app.module';
import { ApplicationsConfig } from '../src/config/applications.config';
import { CreateApplicationDraft, CreateProgramme } from '../src/usecases';

const applicant: Actor = { id: 'applicant-1', roles: ['applicant'] };
const operator: Actor = { id: 'operator-1', roles: ['operator'] };
const programmeId = randomUUID();
const draft = (siren = '732829320'): CreateApplicationDraftDto => ({
  programmeId,
  organisation: { name: 'La Cyclofficine', siren, legalForm: 'association', region: 'FR-IDF' },
});

describe('applications service against the real Kafka and database', () => {
  const instance = uniqueName('test-gateway');
  const dlt = deadLetterTopicOf(Topics.applicationRequests, 'applications').name;
  let app: INestApplication;
  let db: Connection;
  let probe: KafkaProbe;

  const replyTo = async (requestId: string) => {
    const message = await probe.waitFor(
      (m) => m.topic === Topics.gatewayReplies.name && (JSON.parse(m.value) as ReplyEnvelope).requestId === requestId,
    );
    return JSON.parse(message.value) as ReplyEnvelope<{ id: string; status: string }>;
  };
  const applicationDocument = (id: string) => db.collection('applications').findOne({ _id: id as never });

  beforeAll(async () => {
    ({ app, db } = await startServiceUnderTest({
      name: 'applications',
      config: ApplicationsConfig,
      kafkaOptions: kafkaOptionsOf,
      module: (config, kafka) => AppModule.register(config, kafka),
    }));
    await app.get(CreateProgramme).execute({
      programmeId,
      requestId: randomUUID(),
      actor: operator,
      programme: {
        title: 'Appel à projets test',
        description: 'Pour les tests',
        operatorName: 'Tests',
        kind: 'grant',
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        budgetCents: 100_000_00,
        eligibility: {},
      },
    });
    probe = new KafkaProbe();
    await probe.listen([Topics.gatewayReplies.name, Topics.applicationEvents.name, dlt]);
  });

  afterAll(async () => {
    await probe?.close();
    await db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  it('answers a create-draft request, stores the draft and publishes application.drafted', async () => {
    const id = randomUUID();
    const request = requestEnvelope({
      type: 'applications.create-draft',
      subject: id,
      data: draft(),
      actor: applicant,
      instance,
    });

    await probe.send(Topics.applicationRequests.name, [{ key: id, value: JSON.stringify(request) }]);

    const reply = await replyTo(request.id);
    expect(reply).toMatchObject({ ok: true, result: { id, status: 'draft' } });
    expect(await applicationDocument(id)).toMatchObject({ ownerId: 'applicant-1', status: 'draft', version: 1 });
    const drafted = await probe.waitFor((m) => m.topic === Topics.applicationEvents.name && m.key === id);
    expect(JSON.parse(drafted.value)).toMatchObject({
      type: 'application.drafted',
      subject: id,
      aggregateVersion: 1,
      source: 'applications',
      causationId: request.id,
      correlationId: request.correlationId,
      data: { applicationId: id, ownerId: 'applicant-1', status: 'draft' },
    });
  });

  it('applies the same request envelope delivered twice only once', async () => {
    const id = randomUUID();
    const request = requestEnvelope({
      type: 'applications.create-draft',
      subject: id,
      data: draft('552100554'),
      actor: applicant,
      instance,
    });
    const message = { key: id, value: JSON.stringify(request) };

    await probe.send(Topics.applicationRequests.name, [message, message]);

    await eventually(
      () =>
        probe.received.filter((m) => m.topic === Topics.gatewayReplies.name && m.value.includes(request.id)).length ===
        2,
      { what: 'two replies' },
    );
    const replies = probe.received.filter(
      (m) => m.topic === Topics.gatewayReplies.name && m.value.includes(request.id),
    );
    expect(replies.map((m) => (JSON.parse(m.value) as ReplyEnvelope<{ id: string }>).ok)).toEqual([true, true]);
    await eventually(async () => (await applicationDocument(id))?.['hasOutbox'] === false, { what: 'outbox drained' });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for a wrongful second event
    expect(await db.collection('applications').countDocuments({ _id: id as never })).toBe(1);
    expect(probe.eventsAbout(id, Topics.applicationEvents.name)).toHaveLength(1);
  });

  it('sends a poison request to the dead-letter topic with its reason, and goes on with the next one', async () => {
    const id = randomUUID();
    const next = requestEnvelope({
      type: 'applications.create-draft',
      subject: id,
      data: draft('123456782'),
      actor: applicant,
      instance,
    });

    // Same key, so both land on one partition, the poison first.
    await probe.send(Topics.applicationRequests.name, [
      { key: id, value: '{"this is": not json' },
      { key: id, value: JSON.stringify(next) },
    ]);

    const deadLetter = await probe.waitFor((m) => m.topic === dlt && m.key === id);
    expect(deadLetter.value).toBe('{"this is": not json');
    expect(deadLetter.headers[Headers.dltReason]).toBe('malformed');
    expect(deadLetter.headers[Headers.dltTopic]).toBe(Topics.applicationRequests.name);
    expect(deadLetter.headers[Headers.dltGroup]).toBe('applications');
    expect(deadLetter.headers[Headers.dltError]).toMatch(/not a JSON object/);
    expect(await replyTo(next.id)).toMatchObject({ ok: true, result: { id } });
  });

  it('answers a request for an unknown type with nothing to do but a dead letter', async () => {
    const id = randomUUID();
    const request = requestEnvelope({
      type: 'applications.fly-to-the-moon',
      subject: id,
      data: {},
      actor: applicant,
      instance,
    });
    await probe.send(Topics.applicationRequests.name, [{ key: id, value: JSON.stringify(request) }]);
    const deadLetter = await probe.waitFor((m) => m.topic === dlt && m.key === id);
    expect(deadLetter.headers[Headers.dltReason]).toBe('unknown-type');
  });

  it('refuses invalid data with every invalid field, as a domain error reply', async () => {
    const id = randomUUID();
    const request = requestEnvelope({
      type: 'applications.create-draft',
      subject: id,
      data: { programmeId: 'p', organisation: { name: '', siren: '123456789' }, status: 'funded' },
      actor: applicant,
      instance,
    });
    await probe.send(Topics.applicationRequests.name, [{ key: id, value: JSON.stringify(request) }]);
    const reply = await replyTo(request.id);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('validation-failed');
    expect(reply.error.errors?.map((e) => e.field).sort()).toEqual([
      'organisation.name',
      'organisation.siren',
      'status',
    ]);
    expect(await applicationDocument(id)).toBeNull();
  });

  it('sets aside, unanswered, a request whose operator the gateway did not sign, and acts on the signed one', async () => {
    const id = randomUUID();
    const programme = {
      title: 'Appel à projets signé',
      description: 'Créé par un opérateur',
      operatorName: 'Tests',
      kind: 'grant' as const,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      budgetCents: 50_000_00,
      eligibility: {},
    };
    const asked = { type: 'programmes.create', subject: id, data: programme, instance };
    // Written straight to the topic by someone who is not the gateway.
    const forged = requestEnvelope({ ...asked, actor: operator, unsigned: true });
    // An applicant's genuine request, its actor swapped for an operator's: a lifted signature.
    const lifted = { ...requestEnvelope({ ...asked, actor: applicant }), actor: operator };
    const genuine = requestEnvelope({ ...asked, actor: operator });

    // One key, so one partition, in this order: a forgery let through would create the programme first.
    await probe.send(
      Topics.applicationRequests.name,
      [forged, lifted, genuine].map((envelope) => ({ key: id, value: JSON.stringify(envelope) })),
    );

    expect(await replyTo(genuine.id)).toMatchObject({ ok: true, result: { id } });
    const deadLetters = await eventually(
      () => {
        const found = probe.received.filter((m) => m.topic === dlt && m.key === id);
        return found.length >= 2 && found;
      },
      { what: 'both forgeries dead-lettered' },
    );
    expect(deadLetters.map((m) => m.headers[Headers.dltReason])).toEqual(['forged-actor', 'forged-actor']);
    expect(deadLetters[0].headers[Headers.dltError]).toBe(
      'the actor is not signed: programmes.create from "gateway" acting as "operator-1" (operator)',
    );
    expect(deadLetters[1].headers[Headers.dltError]).toMatch(
      /^the actor signature is not the gateway’s, or the request was altered/,
    );
    const answered = probe.received.filter((m) => m.topic === Topics.gatewayReplies.name);
    expect(answered.filter((m) => [forged.id, lifted.id].some((forgery) => m.value.includes(forgery)))).toEqual([]);
  });

  it('exposes what operators watch: messages handled, dead letters, consumer lag, outbox backlog', async () => {
    const metrics = (await request(managementUrl(app)).get('/metrics')).text;
    expect(metrics).toMatch(
      /pollen_messages_consumed_total\{topic="pollen.applications.requests.v1",type="applications.create-draft",outcome="processed"\} \d+/,
    );
    expect(metrics).toMatch(
      /pollen_dead_letters_total\{topic="pollen.applications.requests.v1",reason="malformed"\} \d+/,
    );
    expect(metrics).toMatch(
      /pollen_consumer_lag_messages\{group="applications-requests",topic="pollen.applications.requests.v1",partition="\d+"\} \d+/,
    );
    expect(metrics).toMatch(/pollen_outbox_backlog_documents\{collection="applications"\} \d+/);
    expect(metrics).toContain('pollen_message_handler_seconds_bucket');
  });

  it('publishes an event written while the broker was down exactly once, after it returns', async () => {
    const id = randomUUID();
    infrastructure('stop', 'kafka');
    try {
      await app.get(CreateApplicationDraft).execute({
        applicationId: id,
        requestId: randomUUID(),
        actor: applicant,
        draft: draft('356000000'),
        acceptedAt: new Date(),
      });
      const stored = await applicationDocument(id);
      expect(stored?.['hasOutbox']).toBe(true);
      expect(stored?.['outbox']).toHaveLength(1);
    } finally {
      infrastructure('start', 'kafka');
    }

    const afterRestart = new KafkaProbe();
    try {
      await afterRestart.listen([Topics.applicationEvents.name], { fromBeginning: true });
      await afterRestart.waitFor((m) => m.key === id, 60_000);
      await eventually(async () => (await applicationDocument(id))?.['hasOutbox'] === false, {
        what: 'outbox drained',
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(afterRestart.eventsAbout(id)).toHaveLength(1);
      expect(afterRestart.eventsAbout(id)[0]).toMatchObject({ type: 'application.drafted', subject: id });
      // The consumers rejoined their group: the service serves again (and closes cleanly).
      await waitUntilReady(app);
    } finally {
      await afterRestart.close();
    }
  });
});
