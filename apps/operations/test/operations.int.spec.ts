import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import {
  deadLetterTopicOf,
  type EventEnvelope,
  Events,
  Headers,
  type NotificationKind,
  REPLAY_COMPLETED,
  SERVICE_NAMES,
  type ServiceName,
  Topics,
} from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { eventually, expectHealthAndMetrics, KafkaProbe, startServiceUnderTest } from '@pollen/testing';
import type { Connection } from 'mongoose';

import { AppModule, kafkaOptionsOf } from '../src/app.module';
import { OperationsConfig } from '../src/config/operations.config';
import { toErasureView } from '../src/domain/erasure-progress';
import { DeadLetterStore } from '../src/repositories/dead-letter.store';
import { ErasureProgressStore } from '../src/repositories/erasure-progress.store';
import { TimelineStore } from '../src/repositories/timeline.store';
import { GetTimeline, ReplayDeadLetter } from '../src/usecases';
import { aRawDeadLetter } from './factories/dead-letter.factory';
import { aConfirmation, anErasureRequest } from './factories/erasure.factory';

/** A delivery log event: an e-mail's first attempt (application-submitted unless told). */
const deliveryEvent = (
  type: 'notification.sent' | 'notification.failed' | 'notification.dead',
  data: { notificationId: string; recipientId: string; applicationId: string; kind?: NotificationKind },
  occurredAt?: Date,
) =>
  newEvent(type, {
    subject: data.notificationId,
    aggregateVersion: 1,
    occurredAt,
    data: { kind: 'application-submitted', channel: 'e-mail', attempts: 1, ...data },
  });

describe('operations against the real Kafka and database', () => {
  const dlt = deadLetterTopicOf(Topics.applicationEvents, 'matching').name;
  let app: INestApplication;
  let db: Connection;
  let probe: KafkaProbe;

  beforeAll(async () => {
    ({ app, db } = await startServiceUnderTest({
      name: 'operations',
      config: OperationsConfig,
      kafkaOptions: kafkaOptionsOf,
      module: (config, kafka) => AppModule.register(config, kafka),
    }));
    probe = new KafkaProbe();
    await probe.listen([Topics.replayRequests.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  it('serves liveness, readiness and metrics', () => expectHealthAndMetrics(app, 'pollen_messages_consumed_total'));

  it('keeps a dead letter as it came, has its owner replay it, and records the outcome', async () => {
    const key = `app-${randomUUID()}`;
    const raw = aRawDeadLetter({ key });
    await probe.send(dlt, [{ key, value: JSON.stringify(raw.value), headers: raw.headers }]);
    const store = app.get(DeadLetterStore);
    const kept = await eventually(
      async () => (await store.list({ limit: 100, topic: Topics.applicationEvents.name })).find((d) => d.key === key),
      { what: 'the dead letter kept' },
    );
    expect(kept).toMatchObject({
      id: expect.stringMatching(new RegExp(`^${dlt}:0:\\d+$`)),
      state: 'open',
      attempts: 4,
    });

    await app.get(ReplayDeadLetter).execute({
      deadLetterId: kept.id,
      requestId: randomUUID(),
      actor: { id: 'op-1', roles: ['operator'] },
    });
    const replay = await probe.waitFor((message) => message.key === key);
    expect(JSON.parse(replay.value)).toMatchObject({
      type: 'ops.replay-requested',
      data: { deadLetterId: kept.id, key, headers: { [Headers.dltGroup]: 'matching' } },
    });

    const completion = {
      id: randomUUID(),
      type: REPLAY_COMPLETED,
      occurredAt: new Date().toISOString(),
      data: { deadLetterId: kept.id, outcome: 'superseded' },
    };
    await probe.send(dlt, [
      { key: kept.id, value: JSON.stringify(completion), headers: { [Headers.type]: REPLAY_COMPLETED } },
    ]);
    await eventually(async () => ((await store.findById(kept.id))?.state === 'replayed' ? true : undefined), {
      what: 'the outcome recorded',
    });
    expect(await store.findById(kept.id)).toMatchObject({ replays: [{ outcome: 'superseded' }] });
  });

  it('follows an erasure to its end, whatever order the request and the confirmations come in, and redacts its own part', async () => {
    const accountId = `account-${randomUUID()}`;
    const erasureId = randomUUID();
    const publish = (envelope: EventEnvelope) =>
      probe.send(Events[envelope.type as keyof typeof Events].topic.name, [
        { key: envelope.subject, value: JSON.stringify(envelope), headers: { [Headers.type]: envelope.type } },
      ]);
    const confirm = (service: ServiceName) =>
      publish(
        newEvent(`${service}.erasure-completed`, {
          subject: erasureId,
          aggregateVersion: 1,
          data: aConfirmation(service, { erasureId }),
        }),
      );
    const progress = app.get(ErasureProgressStore);
    const store = app.get(DeadLetterStore);
    // A dead letter that names the account, which the erasure anonymises.
    const key = `app-${randomUUID()}`;
    const raw = aRawDeadLetter({
      key,
      value: { id: randomUUID(), type: 'application.drafted', data: { ownerId: accountId } },
    });
    await probe.send(dlt, [{ key, value: JSON.stringify(raw.value), headers: raw.headers }]);
    const kept = await eventually(async () => (await store.concerning(accountId))[0], { what: 'the dead letter kept' });
    // A delivery to the account, whose notification id names it, in an application's timeline.
    const notificationId = `${randomUUID()}:${accountId}:e-mail`;
    await publish(
      deliveryEvent('notification.sent', { notificationId, recipientId: accountId, applicationId: randomUUID() }),
    );
    const timeline = app.get(TimelineStore);
    await eventually(async () => (await timeline.naming(accountId))[0], { what: 'the delivery in the timeline' });

    // Matching confirms before the request reaches operations (two topics keep no order between them).
    await confirm('matching');
    await eventually(
      async () =>
        (await db.collection<{ _id: string }>('erasure_confirmations').findOne({ _id: `${erasureId}:matching` })) ??
        undefined,
      { what: 'the early confirmation' },
    );
    await publish(
      newEvent('account.erasure-requested', {
        subject: accountId,
        aggregateVersion: 2,
        data: anErasureRequest({ accountId, erasureId, requestedAt: new Date().toISOString() }),
      }),
    );
    // Every other service confirms; operations confirms its own part itself.
    for (const service of SERVICE_NAMES.filter((name) => name !== 'matching' && name !== 'operations')) {
      await confirm(service);
    }

    const done = await eventually(
      async () => {
        const found = await progress.findById(erasureId);
        return found?.request.completedAt ? toErasureView(found) : undefined;
      },
      { what: 'the erasure completed', timeoutMs: 30_000 },
    );
    expect(done.status).toBe('completed');
    expect(done.services.map((entry) => [entry.service, entry.status])).toEqual(
      SERVICE_NAMES.map((service) => [service, 'completed']),
    );
    expect(done.services.find((entry) => entry.service === 'operations')?.erased).toEqual([
      { what: 'dead letters', count: 1, how: 'anonymised' },
      { what: 'replay requests', count: 0, how: 'anonymised' },
      { what: 'timeline entries', count: 1, how: 'anonymised' },
    ]);
    expect(await timeline.naming(accountId)).toEqual([]);

    // The mail notifications gave up when it erased the account comes after: kept without it.
    const late = deliveryEvent('notification.dead', {
      notificationId,
      recipientId: accountId,
      applicationId: randomUUID(),
    });
    await publish(late);
    const lateEntry = await eventually(
      async () =>
        (await db.collection<{ _id: string; subject: string }>('timeline_entries').findOne({ _id: late.id })) ??
        undefined,
      { what: 'the late delivery indexed' },
    );
    expect(JSON.stringify(lateEntry)).not.toContain(accountId);
    expect(lateEntry.subject).toContain(`[erased ${erasureId}]`);
    expect(await store.findById(kept.id)).toMatchObject({ value: `[erased ${erasureId}]`, state: 'expired' });
  });

  it('indexes the events about an application from their topics and pages its timeline in order', async () => {
    const applicationId = randomUUID();
    const at = new Date();
    const publish = (envelope: EventEnvelope) =>
      probe.send(Events[envelope.type as keyof typeof Events].topic.name, [
        { key: envelope.subject, value: JSON.stringify(envelope), headers: { [Headers.type]: envelope.type } },
      ]);
    const application = { applicationId, programmeId: 'programme-1', ownerId: 'account-1' };
    // Withdrawn in the same millisecond as it was screened (one transaction): its version orders them.
    await publish(
      newEvent('application.withdrawn', {
        subject: applicationId,
        aggregateVersion: 3,
        occurredAt: at,
        data: { ...application, reason: 'Le projet est reporté' },
      }),
    );
    await publish(
      newEvent('application.screened', {
        subject: applicationId,
        aggregateVersion: 2,
        occurredAt: at,
        data: { ...application, result: 'eligible', reasons: [], rulesApplied: {} as never },
      }),
    );
    const failed = deliveryEvent(
      'notification.failed',
      { notificationId: `n-${applicationId}`, recipientId: 'account-1', applicationId, kind: 'application-screened' },
      new Date(at.getTime() + 1),
    );
    const failuresBefore = await app.get(TimelineStore).deliveryFailuresSince(at);
    await publish(failed);
    await publish(failed);

    const getTimeline = app.get(GetTimeline);
    const actor = { id: 'op-1', roles: ['operator' as const] };
    const first = await eventually(
      async () => {
        const found = await getTimeline.execute({ applicationId, limit: 1, actor }).catch(() => undefined);
        return found && (await getTimeline.execute({ applicationId, actor })).items.length === 3 ? found : undefined;
      },
      { what: 'the three events indexed' },
    );
    const rest = await getTimeline.execute({ applicationId, cursor: first.nextCursor ?? undefined, actor });

    expect([...first.items, ...rest.items].map((entry) => [entry.type, entry.detail])).toEqual([
      ['application.screened', 'eligible'],
      ['application.withdrawn', null],
      ['notification.failed', 'application-screened by e-mail, attempt 1'],
    ]);
    expect(rest.nextCursor).toBeNull();
    // The redelivered failure is counted once.
    const failuresAfter = await app.get(TimelineStore).deliveryFailuresSince(at);
    const emailFailures = (counts: typeof failuresAfter) =>
      counts.find((count) => count.channel === 'e-mail')?.failedAttempts;
    expect(emailFailures(failuresAfter)).toBe((emailFailures(failuresBefore) ?? 0) + 1);
  });
});
