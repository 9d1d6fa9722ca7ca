import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { deadLetterTopicOf, Headers, REPLAY_COMPLETED, Topics } from '@pollen/contracts';
import { eventually, expectHealthAndMetrics, KafkaProbe, startServiceUnderTest } from '@pollen/testing';
import type { Connection } from 'mongoose';

import { AppModule, kafkaOptionsOf } from '../src/app.module';
import { OperationsConfig } from '../src/config/operations.config';
import { DeadLetterStore } from '../src/repositories/dead-letter.store';
import { ReplayDeadLetter } from '../src/usecases';
import { aRawDeadLetter } from './factories/dead-letter.factory';

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
});
