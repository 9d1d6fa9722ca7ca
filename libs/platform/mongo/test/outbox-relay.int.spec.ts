import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@pollen/contracts';
import { type EventPublisher, newEvent } from '@pollen/platform/kafka';
import { databaseUri, uniqueName } from './database';
import mongoose, { type Connection, type Model, Schema } from 'mongoose';
import { KeyedMutex, OutboxRelay, outboxPush, type WithOutbox, withOutbox } from '../src';

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
    mutex = new KeyedMutex();
    // The publisher is our own port: this fake records what goes out.
    const publisher = {
      publish: async (envelopes: EventEnvelope[]) => {
        await duringSend?.();
        duringSend = undefined;
        published.push(...envelopes);
      },
    };
    relay = new OutboxRelay(publisher as unknown as EventPublisher, mutex);
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
});
