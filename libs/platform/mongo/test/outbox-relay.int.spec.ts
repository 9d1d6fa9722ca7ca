import { randomUUID } from 'node:crypto';

import type { EventEnvelope } from '@pollen/contracts';
import {
  type EventPublisher,
  type KafkaConnection,
  newEvent,
  type RelayLeadership,
  type RelayLeadershipListener,
} from '@pollen/platform/kafka';
import mongoose, { type Connection, type Model, Schema } from 'mongoose';

import { KeyedMutex, outboxPush, OutboxRelay, type WithOutbox, withOutbox } from '../src';
import { databaseUri, uniqueName } from './database';

type Doc = WithOutbox & { _id: string; version: number };

const withdrawn = (id: string, version: number) =>
  newEvent('application.withdrawn', {
    subject: id,
    aggregateVersion: version,
    data: { applicationId: id, programmeId: 'p', ownerId: 'o', reason: `v${version}` },
  });

describe('OutboxRelay, on the real database', () => {
  let connection: Connection;
  let model: Model<Doc>;
  let mutex: KeyedMutex;
  let published: EventEnvelope[];
  /** Runs while a page is being sent: a command writing to the same aggregate meanwhile. */
  let duringSend: (() => Promise<void>) | undefined;
  /** What the broker answers to a send: nothing (it takes it), or an error. */
  let refuse: ((envelopes: EventEnvelope[]) => Error | undefined) | undefined;
  let sends: number[];
  let deadLetters: { topic: string; messages: { key: string; headers: Record<string, string> }[] }[];
  let relay: OutboxRelay;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(databaseUri(), { dbName: uniqueName('outbox-relay'), retryWrites: false })
      .asPromise();
    const schema = new Schema({ _id: String, version: Number }, { versionKey: false });
    withOutbox(schema);
    model = connection.model<Doc>('Thing', schema);
    await model.init();
  });

  beforeEach(async () => {
    await model.deleteMany({});
    published = [];
    duringSend = undefined;
    refuse = undefined;
    sends = [];
    deadLetters = [];
    mutex = new KeyedMutex();
    // The publisher is our own port: this fake records what goes out.
    const publisher = {
      publish: async (envelopes: EventEnvelope[]) => {
        await duringSend?.();
        duringSend = undefined;
        const refused = refuse?.(envelopes);
        if (refused) throw refused;
        sends.push(envelopes.length);
        published.push(...envelopes);
      },
    };
    const connection = {
      producer: { send: async (record: (typeof deadLetters)[number]) => void deadLetters.push(record) },
    };
    relay = new OutboxRelay(publisher as unknown as EventPublisher, mutex, connection as unknown as KafkaConnection);
    relay.register(model);
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  /** What a repository does: the state change and its events in one write, under the lock. */
  const write = (id: string, version: number, events: EventEnvelope[], expectedVersion?: number): Promise<unknown> =>
    mutex.run(id, async () => {
      const { $push } = outboxPush(events);
      if (expectedVersion === undefined) {
        await model.create({ _id: id, version, outbox: $push.outbox.$each, hasOutbox: true });
      } else {
        await model.updateOne({ _id: id, version: expectedVersion }, { $set: { version, hasOutbox: true }, $push });
      }
    });

  it('publishes each entry once when a command adds events while the page is being sent', async () => {
    const id = randomUUID();
    const drafted = withdrawn(id, 1);
    const submitted = [withdrawn(id, 2), withdrawn(id, 3)];
    await write(id, 1, [drafted]);
    duringSend = async () => void (await write(id, 3, submitted, 1));

    await relay.relayOnce();
    await relay.relayOnce();
    await relay.relayOnce();

    expect(published.map((event) => event.aggregateVersion)).toEqual([1, 2, 3]);
    expect(new Set(published.map((event) => event.id)).size).toBe(3);
    expect(await model.findById(id).lean()).toMatchObject({ outbox: [], hasOutbox: false, version: 3 });
  });

  it('publishes a burst of create-then-change once each, in order per aggregate', async () => {
    const ids = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(ids.map((id) => write(id, 1, [withdrawn(id, 1)])));
    duringSend = async () => {
      await Promise.all(ids.map((id) => write(id, 2, [withdrawn(id, 2)], 1)));
    };

    while ((await relay.relayOnce()) > 0);

    expect(published).toHaveLength(40);
    expect(new Set(published.map((event) => event.id)).size).toBe(40);
    for (const id of ids) {
      expect(published.filter((event) => event.subject === id).map((event) => event.aggregateVersion)).toEqual([1, 2]);
    }
  });

  const named = (name: string, message: string) => Object.assign(new Error(message), { name });

  it('backs off when the broker is unreachable, without blaming any document', async () => {
    const id = randomUUID();
    await write(id, 1, [withdrawn(id, 1)]);
    refuse = () => named('KafkaJSConnectionError', 'Connection error: connect ECONNREFUSED 127.0.0.1:19092');

    await expect(relay.relayOnce()).rejects.toThrow(/ECONNREFUSED/);
    await expect(relay.relayOnce()).rejects.toThrow(/ECONNREFUSED/);

    expect(await model.findById(id).lean()).toMatchObject({ hasOutbox: true });
    expect(await model.findById(id).lean()).not.toHaveProperty('outboxFailures');
    refuse = undefined;
    await relay.relayOnce();
    expect(published.map((event) => event.subject)).toEqual([id]);
  });

  it('sets aside a document whose events the broker keeps refusing, reports it, and lets the others go out', async () => {
    const [poisoned, healthy] = [randomUUID(), randomUUID()].sort();
    await write(poisoned, 1, [withdrawn(poisoned, 1)]);
    await write(healthy, 1, [withdrawn(healthy, 1)]);
    refuse = (envelopes) =>
      envelopes.some((event) => event.subject === poisoned)
        ? named('KafkaJSProtocolError', 'The request included a message larger than the max message size')
        : undefined;

    for (let pass = 0; pass < 10; pass++) await relay.relayOnce();

    expect(published.map((event) => event.subject)).toEqual([healthy]);
    expect(await model.findById(poisoned).lean()).toMatchObject({
      hasOutbox: false,
      outboxSetAside: { failures: 10, error: expect.stringMatching(/larger than the max message size/) },
    });
    expect(deadLetters).toEqual([
      expect.objectContaining({
        topic: 'pollen.applications.application-events.v2.applications.dlt',
        messages: [
          expect.objectContaining({
            key: poisoned,
            headers: expect.objectContaining({ 'pollen-dlt-reason': 'outbox' }),
          }),
        ],
      }),
    ]);
    expect(await model.countDocuments({ hasOutbox: true })).toBe(0);
  });

  it('splits a page into sends under the broker’s request size, a document’s events together', async () => {
    const ids = Array.from({ length: 6 }, () => randomUUID());
    await Promise.all(ids.map((id) => write(id, 2, [withdrawn(id, 1), withdrawn(id, 2)])));
    relay.limits = { maxBatchBytes: 1200, maxDocumentFailures: 10 };

    await relay.relayOnce();

    expect(published).toHaveLength(12);
    expect(sends.length).toBeGreaterThan(1);
    expect(sends.every((count) => count % 2 === 0)).toBe(true);
  });

  it('on shutdown, stops the loop and makes a last pass for what the last commands wrote', async () => {
    relay.pollIntervalMs = 60_000;
    await relay.onApplicationBootstrap();
    const id = randomUUID();
    await write(id, 1, [withdrawn(id, 1)]); // written without a kick, as by a command that raced the stop

    await relay.drain();

    expect(published.map((event) => event.subject)).toContain(id);
    expect(await model.findById(id).lean()).toMatchObject({ hasOutbox: false });
  });

  it('relays only while this replica is elected, and wakes the elected one after a write', async () => {
    // Our own port for Kafka's election: this fake says whether we lead and records the wake-ups.
    let listener: RelayLeadershipListener | undefined;
    const election = { isLeader: false, wakeUps: 0 };
    const leadership = {
      get isLeader() {
        return election.isLeader;
      },
      start: async (heard: RelayLeadershipListener) => void (listener = heard),
      wakeLeader: () => void election.wakeUps++,
    };
    const follower = new OutboxRelay(
      { publish: async (envelopes: EventEnvelope[]) => void published.push(...envelopes) } as unknown as EventPublisher,
      mutex,
      undefined,
      leadership as unknown as RelayLeadership,
    );
    follower.register(model);
    follower.pollIntervalMs = 50;
    await follower.onApplicationBootstrap();
    const id = randomUUID();
    await write(id, 1, [withdrawn(id, 1)]);
    follower.kick();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(published).toEqual([]);
    expect(election.wakeUps).toBe(1);

    election.isLeader = true;
    listener?.leadershipChanged(true);
    const deadline = Date.now() + 5000;
    while (published.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await follower.onModuleDestroy();

    expect(published.map((event) => event.subject)).toEqual([id]);
    expect(await model.findById(id).lean()).toMatchObject({ hasOutbox: false });
  });
});
