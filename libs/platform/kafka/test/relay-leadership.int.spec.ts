import { randomUUID } from 'node:crypto';

import { KAFKA_ENVIRONMENTS } from '@pollen/contracts';
import { ReadinessRegistry } from '@pollen/platform/health';

import { KafkaConnection, type KafkaModuleOptions, RelayLeadership, type RelayLeadershipListener } from '../src';

const brokers = (): string[] => {
  const value = process.env['KAFKA_BROKERS'];
  if (!value) throw new Error('KAFKA_BROKERS must be set (the Jest global setup does it)');
  return value.split(',');
};

async function eventually(probe: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One replica: its connection, its place in the election, and what it was told. */
class Replica implements RelayLeadershipListener {
  readonly connection: KafkaConnection;
  readonly leadership: RelayLeadership;
  readonly changes: boolean[] = [];
  wakeUps = 0;

  constructor(name: string) {
    const options: KafkaModuleOptions = {
      service: 'matching',
      brokers: brokers(),
      instanceId: `${name}-${randomUUID().slice(0, 8)}`,
      topicsMode: 'create',
      replication: KAFKA_ENVIRONMENTS.local,
      profile: 'fast',
      requestSafetyMarginMs: 500,
    };
    this.connection = new KafkaConnection(options, new ReadinessRegistry());
    this.leadership = new RelayLeadership(this.connection, options);
  }

  leadershipChanged(leading: boolean): void {
    this.changes.push(leading);
  }

  woken(): void {
    this.wakeUps++;
  }

  async stop(): Promise<void> {
    await this.leadership.onApplicationShutdown();
    await this.connection.onApplicationShutdown();
  }
}

describe('the outbox relay election, on the real broker', () => {
  const first = new Replica('first');
  const second = new Replica('second');

  afterAll(async () => {
    await Promise.all([first.stop(), second.stop()]);
  });

  it('elects one replica, lets the other wake it, and hands the role over when it leaves', async () => {
    // A database of this run's own: its election is apart from any other on the broker.
    const database = `relay-test-${randomUUID().slice(0, 8)}`;
    await Promise.all([first.leadership.start(first, database), second.leadership.start(second, database)]);
    await eventually(() => first.leadership.isLeader !== second.leadership.isLeader, 'exactly one replica leading');
    const [leader, follower] = first.leadership.isLeader ? [first, second] : [second, first];
    expect(leader.changes.at(-1)).toBe(true);

    // The follower wrote: the leader hears it through the relay topic, the follower's own relay does not.
    // Again until heard: on a topic the broker has just made, the leader's starting offset may be
    // resolved after the first wake-up was written.
    await eventually(() => {
      follower.leadership.wakeLeader();
      return leader.wakeUps > 0;
    }, 'the leader woken');
    expect(follower.wakeUps).toBe(0);

    await leader.stop();
    await eventually(() => follower.leadership.isLeader, 'the follower taking over');
    expect(leader.changes.at(-1)).toBe(false);
    expect(follower.changes.at(-1)).toBe(true);
  }, 60_000);
});
