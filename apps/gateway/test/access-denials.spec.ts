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

  it('answers look-ups made together with one query, each for its own account', async () => {
    const find = jest.spyOn(model, 'find');
    const accounts = ['erased', 'active', 'erased long ago', 'erased', 'another'];
    const answers = await Promise.all(accounts.map((id) => denials.isDenied(id, now)));
    expect(answers).toEqual([true, false, false, true, false]);
    expect(find).toHaveBeenCalledTimes(1);
    find.mockRestore();
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
