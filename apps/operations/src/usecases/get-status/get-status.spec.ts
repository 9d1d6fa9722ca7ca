import type { HeartbeatData } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';

import { aDelivery } from '../../../test/factories/timeline.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { InMemoryInstanceStore } from '../../../test/fakes/in-memory-instance.store';
import { InMemoryTimelineStore } from '../../../test/fakes/in-memory-timeline.store';
import { ConsumerLagReader } from '../../repositories/consumer-lag.reader';
import { RecordHeartbeat } from '../record-heartbeat/record-heartbeat.usecase';
import { RecordTimelineEntry } from '../record-timeline-entry/record-timeline-entry.usecase';
import { GetStatus } from './get-status.usecase';

const operator = { id: 'op-1', roles: ['operator'] as const };
const now = new Date('2026-12-02T10:00:00Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

const heartbeat = (service: HeartbeatData['service'], instance: string, ready = true): HeartbeatData => ({
  service,
  instance,
  version: '1.4.0',
  startedAt: '2026-12-02T09:00:00.000Z',
  uptimeSeconds: 3600,
  ready,
  failingChecks: ready ? [] : ['mongodb'],
  outboxBacklog: 2,
});

class FixedLag extends ConsumerLagReader {
  async lag() {
    return [{ group: 'matching', topic: 'pollen.gateway.account-events.v2', lag: 4 }];
  }
}

describe('GetStatus', () => {
  it('lists each service’s instances from their latest heartbeat, flags the silent ones, and adds lag and dead letters', async () => {
    const instances = new InMemoryInstanceStore();
    const record = new RecordHeartbeat(instances);
    await record.execute({ heartbeat: heartbeat('matching', 'matching-a', false), beat: 1, at: secondsAgo(30) });
    await record.execute({ heartbeat: heartbeat('matching', 'matching-a'), beat: 2, at: secondsAgo(2) });
    // A late heartbeat (a redelivery) changes nothing.
    expect(
      await record.execute({ heartbeat: heartbeat('matching', 'matching-a', false), beat: 1, at: secondsAgo(30) }),
    ).toBe('superseded');
    await record.execute({ heartbeat: heartbeat('gateway', 'gateway-b'), beat: 7, at: secondsAgo(20) });
    await record.execute({ heartbeat: heartbeat('gateway', 'gateway-gone'), beat: 9, at: secondsAgo(2 * 3600) });
    const config = Object.assign(new ServiceEnv(), { HEARTBEAT_INTERVAL_MS: 5000 });
    const sut = new GetStatus(
      instances,
      new FixedLag(),
      new InMemoryDeadLetterStore(),
      new InMemoryTimelineStore(),
      config,
    );

    const status = await sut.execute({ actor: { ...operator, roles: [...operator.roles] } }, now);

    const byService = Object.fromEntries(status.services.map((service) => [service.service, service.instances]));
    expect(byService['matching']).toEqual([
      expect.objectContaining({
        instance: 'matching-a',
        ready: true,
        failingChecks: [],
        outboxBacklog: 2,
        silent: false,
      }),
    ]);
    // Twenty seconds without a heartbeat is more than three intervals; two hours ago is gone.
    expect(byService['gateway']).toEqual([expect.objectContaining({ instance: 'gateway-b', silent: true })]);
    expect(byService['applications']).toEqual([]);
    expect(status.lag).toEqual([{ group: 'matching', topic: 'pollen.gateway.account-events.v2', lag: 4 }]);
    expect(status.deadLetters).toEqual({ open: 0, replaying: 0, replayFailed: 0 });
  });

  it('counts the failed attempts and given-up deliveries of the last day, by channel', async () => {
    const timeline = new InMemoryTimelineStore();
    const record = new RecordTimelineEntry(timeline, new InMemoryErasureProgressStore());
    await record.execute(aDelivery('notification.failed', 'e-mail', secondsAgo(600).toISOString()));
    await record.execute(aDelivery('notification.failed', 'e-mail', secondsAgo(300).toISOString(), null));
    await record.execute(aDelivery('notification.dead', 'webhook', secondsAgo(60).toISOString()));
    await record.execute(aDelivery('notification.sent', 'e-mail', secondsAgo(30).toISOString()));
    // Two days ago: past.
    await record.execute(aDelivery('notification.dead', 'e-mail', secondsAgo(2 * 86_400).toISOString()));
    const sut = new GetStatus(
      new InMemoryInstanceStore(),
      new FixedLag(),
      new InMemoryDeadLetterStore(),
      timeline,
      new ServiceEnv(),
    );

    const status = await sut.execute({ actor: { ...operator, roles: [...operator.roles] } }, now);

    expect(status.notifications).toEqual({
      since: secondsAgo(86_400).toISOString(),
      failedAttempts: 2,
      givenUp: 1,
      byChannel: [
        { channel: 'e-mail', failedAttempts: 2, givenUp: 0 },
        { channel: 'webhook', failedAttempts: 0, givenUp: 1 },
      ],
    });
  });

  it('answers operators only', async () => {
    const sut = new GetStatus(
      new InMemoryInstanceStore(),
      new FixedLag(),
      new InMemoryDeadLetterStore(),
      new InMemoryTimelineStore(),
      new ServiceEnv(),
    );

    await expect(sut.execute({ actor: { id: 'a-1', roles: ['applicant'] } })).rejects.toMatchObject({
      reason: 'auth.operators-only',
    });
  });
});
