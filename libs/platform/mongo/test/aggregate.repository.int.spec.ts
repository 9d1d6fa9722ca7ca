import { randomUUID } from 'node:crypto';

import { newEvent } from '@pollen/platform/kafka';
import mongoose, { type Connection, Schema } from 'mongoose';

import { type AggregateDocument, AggregateRepository, KeyedMutex, type OutboxRelay, withOutbox } from '../src';
import { databaseUri, uniqueName } from './database';

interface Programme {
  id: string;
  version: number;
  title: string;
  maxShareOfCost?: number;
  createdBy: string;
}

class IdTaken extends Error {}

/** A repository on the base, as a service writes one: a derived unique key and its conflict. */
class ProgrammeRepository extends AggregateRepository<Programme> {
  protected override readonly storedOnlyFields = ['titleKey'];

  constructor(model: mongoose.Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  protected override derivedFields(programme: Programme): Record<string, unknown> {
    return { titleKey: programme.title.toLowerCase() };
  }

  protected async conflictOf(programme: Programme): Promise<Error> {
    return new IdTaken(`taken: ${programme.title}`);
  }

  raw(id: string) {
    return this.model.findById(id).lean();
  }
}

const created = (programme: Programme) =>
  newEvent('programme.created', {
    subject: programme.id,
    aggregateVersion: programme.version,
    data: {
      id: programme.id,
      version: programme.version,
      title: programme.title,
      description: 'd',
      operatorName: 'o',
      kind: 'grant',
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2027-01-01T00:00:00.000Z',
      budgetCents: 1,
      eligibility: {},
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  });

describe('AggregateRepository, on the real database', () => {
  let connection: Connection;
  let repository: ProgrammeRepository;
  const kicks: number[] = [];

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(databaseUri(), { dbName: uniqueName('aggregate-repo'), retryWrites: false })
      .asPromise();
    const schema = new Schema(
      { _id: String, version: Number, title: String, maxShareOfCost: Number, createdBy: String, titleKey: String },
      { versionKey: false },
    );
    schema.index({ titleKey: 1 }, { unique: true });
    withOutbox(schema);
    const model = connection.model<AggregateDocument>('Programme', schema);
    await model.init();
    // The relay is our own class: a fake that records kicks and provides the writer lock.
    const relay = { register: () => undefined, kick: () => kicks.push(Date.now()), mutex: new KeyedMutex() };
    repository = new ProgrammeRepository(model, relay as unknown as OutboxRelay);
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  const aProgramme = (overrides: Partial<Programme> = {}): Programme => ({
    id: randomUUID(),
    version: 1,
    title: uniqueName('Programme'),
    maxShareOfCost: 0.7,
    createdBy: 'op',
    ...overrides,
  });

  it('stores the aggregate with its events in the outbox, and reads back only the aggregate', async () => {
    const programme = aProgramme();
    const kicked = kicks.length;
    await repository.insert(programme, [created(programme)]);

    expect(await repository.findById(programme.id)).toEqual(programme);
    const raw = (await repository.raw(programme.id)) as Record<string, unknown>;
    expect(raw).toMatchObject({ hasOutbox: true, titleKey: programme.title.toLowerCase() });
    expect((raw['outbox'] as { envelope: { type: string } }[]).map((entry) => entry.envelope.type)).toEqual([
      'programme.created',
    ]);
    expect(kicks.length).toBe(kicked + 1);
  });

  it('updates only from the version read, appends events, and unsets a removed optional field', async () => {
    const programme = aProgramme();
    await repository.insert(programme, [created(programme)]);
    const next = { ...programme, version: 2, maxShareOfCost: undefined, title: `${programme.title} bis` };

    expect(await repository.update(next, 5, [])).toBe(false);
    expect(await repository.update(next, 1, [created(next)])).toBe(true);

    const read = await repository.findById(programme.id);
    expect(read).toEqual({ id: programme.id, version: 2, title: next.title, createdBy: 'op' });
    expect(read).not.toHaveProperty('maxShareOfCost');
    const raw = (await repository.raw(programme.id)) as unknown as { outbox: unknown[]; titleKey: string };
    expect(raw.outbox).toHaveLength(2);
    expect(raw.titleKey).toBe(next.title.toLowerCase());
  });

  it('turns a unique index’s refusal into the domain’s conflict', async () => {
    const first = aProgramme();
    await repository.insert(first, []);
    await expect(repository.insert(aProgramme({ title: first.title.toUpperCase() }), [])).rejects.toThrow(IdTaken);
    await expect(repository.insert({ ...first }, [])).rejects.toThrow(IdTaken);
  });
});
