import { testInfrastructure, uniqueName } from '@pollen/testing';
import mongoose, { type Connection, type Model } from 'mongoose';

import { AccessDenialRepository } from '../src/repositories/access-denial.repository';
import { ACCESS_DENIAL_MODEL, accessDenialSchema } from '../src/schemas/access-denial.schema';

/**
 * Every signed-in request asks whether its account was erased. The look-ups that arrive together
 * go to the real database as one query, and each still gets its own account's answer.
 */
describe('access denials, on the real database', () => {
  let connection: Connection;
  let model: Model<{ _id: string; until: Date }>;
  let denials: AccessDenialRepository;
  const now = new Date();
  const later = new Date(now.getTime() + 60_000);
  const earlier = new Date(now.getTime() - 60_000);

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testInfrastructure().mongoUri, { dbName: uniqueName('access-denials'), retryWrites: false })
      .asPromise();
    model = connection.model(ACCESS_DENIAL_MODEL, accessDenialSchema);
    denials = new AccessDenialRepository(model as never);
    await denials.deny('erased', later);
    await denials.deny('erased long ago', earlier);
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  afterEach(() => jest.restoreAllMocks());

  it('answers look-ups made together with one query, each for its own account', async () => {
    const find = jest.spyOn(model, 'find');
    const accounts = ['erased', 'active', 'erased long ago', 'erased', 'another'];
    const answers = await Promise.all(accounts.map((id) => denials.isDenied(id, now)));
    expect(answers).toEqual([true, false, false, true, false]);
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('never answers a look-up from a query sent before it was made', async () => {
    // The first query is held: a look-up made meanwhile must go in a query of its own.
    const queries: Array<{ ids: string[]; answer: (rows: object[]) => void }> = [];
    jest.spyOn(model, 'find').mockImplementation(((filter: { _id: { $in: string[] } }) => ({
      lean: () => new Promise((resolve) => queries.push({ ids: filter._id.$in, answer: resolve })),
    })) as never);
    const first = denials.isDenied('erased', now);
    while (queries.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const second = denials.isDenied('erased', now);
    while (queries.length === 1) await new Promise((resolve) => setImmediate(resolve));

    expect(queries.map((query) => query.ids)).toEqual([['erased'], ['erased']]);
    queries[1].answer([{ _id: 'erased', until: later }]);
    queries[0].answer([]);
    expect([await first, await second]).toEqual([false, true]);
  });

  it('fails every look-up of a query that fails, so that none is let through', async () => {
    jest.spyOn(model, 'find').mockImplementation((() => ({
      lean: () => Promise.reject(new Error('the database does not answer')),
    })) as never);
    const answers = await Promise.allSettled(['erased', 'active'].map((id) => denials.isDenied(id, now)));
    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'rejected']);
  });

  it('sees a denial written just before the look-up, and its lifting', async () => {
    expect(await denials.isDenied('erased just now', now)).toBe(false);
    await denials.deny('erased just now', later);
    expect(await denials.isDenied('erased just now', now)).toBe(true);
    await denials.lift('erased just now');
    expect(await denials.isDenied('erased just now', now)).toBe(false);
  });

  it('refuses a token until the denial ends, not after', async () => {
    expect(await denials.isDenied('erased', new Date(later.getTime() - 1))).toBe(true);
    expect(await denials.isDenied('erased', later)).toBe(false);
  });
});
