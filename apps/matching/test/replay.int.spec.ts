import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { deadLetterTopicOf, Headers, REPLAY_COMPLETED, Topics } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { applicationDrafted, KafkaProbe, startServiceUnderTest } from '@pollen/testing';
import type { Connection } from 'mongoose';

import { AppModule, kafkaOptionsOf } from '../src/app.module';
import { MatchingConfig } from '../src/config/matching.config';

/** A replay an operator asked for runs through the same handler and reports its outcome (ADR 0012). */
describe('matching replays its dead letters', () => {
  const dlt = deadLetterTopicOf(Topics.applicationEvents, 'matching').name;
  let app: INestApplication;
  let db: Connection;
  let probe: KafkaProbe;

  beforeAll(async () => {
    ({ app, db } = await startServiceUnderTest({
      name: 'matching',
      config: MatchingConfig,
      kafkaOptions: kafkaOptionsOf,
      module: (config, kafka) => AppModule.register(config, kafka),
    }));
    probe = new KafkaProbe();
    await probe.listen([dlt]);
  });

  afterAll(async () => {
    await probe?.close();
    await db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  const replay = (deadLetterId: string, key: string, value: string, group = 'matching') =>
    probe.send(Topics.replayRequests.name, [
      {
        key,
        value: JSON.stringify(
          newEvent('ops.replay-requested', {
            subject: key,
            aggregateVersion: 1,
            data: {
              deadLetterId,
              key,
              value,
              headers: {
                [Headers.dltGroup]: group,
                [Headers.dltTopic]: Topics.applicationEvents.name,
                [Headers.dltPartition]: '0',
                [Headers.dltOffset]: '1',
              },
            },
          }),
        ),
      },
    ]);
  const outcomeOf = async (deadLetterId: string) => {
    const message = await probe.waitFor(
      (candidate) =>
        candidate.headers[Headers.type] === REPLAY_COMPLETED &&
        JSON.parse(candidate.value).data.deadLetterId === deadLetterId,
    );
    return JSON.parse(message.value).data;
  };

  it('applies a replay, reports a second one as superseded, and a broken one as failed', async () => {
    const drafted = applicationDrafted();
    const first = `${dlt}:0:${randomUUID()}`;
    await replay(first, drafted.subject, JSON.stringify(drafted));
    expect(await outcomeOf(first)).toEqual({ deadLetterId: first, outcome: 'applied' });

    const second = `${dlt}:0:${randomUUID()}`;
    await replay(second, drafted.subject, JSON.stringify(drafted));
    expect(await outcomeOf(second)).toEqual({ deadLetterId: second, outcome: 'superseded' });

    const broken = `${dlt}:0:${randomUUID()}`;
    await replay(broken, drafted.subject, '{"not":"an event"}');
    expect(await outcomeOf(broken)).toMatchObject({ deadLetterId: broken, outcome: 'failed' });
  });

  it('leaves another service’s dead letters to it', async () => {
    const drafted = applicationDrafted();
    const theirs = `${dlt}:0:${randomUUID()}`;
    const ours = `${dlt}:0:${randomUUID()}`;
    await replay(theirs, drafted.subject, JSON.stringify(drafted), 'notifications');
    await replay(ours, drafted.subject, JSON.stringify(drafted));
    await outcomeOf(ours);
    expect(
      probe.received.some(
        (message) => message.value.includes(theirs) && message.headers[Headers.type] === REPLAY_COMPLETED,
      ),
    ).toBe(false);
  });
});
