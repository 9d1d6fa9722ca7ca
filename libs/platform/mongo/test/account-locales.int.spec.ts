import mongoose, { type Connection } from 'mongoose';

import { ACCOUNT_LOCALE_MODEL, AccountLocaleRepository, accountLocaleSchema } from '../src';
import { databaseUri, uniqueName } from './database';

describe('AccountLocaleRepository, on the real database', () => {
  let connection: Connection;
  let repository: AccountLocaleRepository;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(databaseUri(), { dbName: uniqueName('account-locales'), retryWrites: false })
      .asPromise();
    const model = connection.model(ACCOUNT_LOCALE_MODEL, accountLocaleSchema);
    await model.init();
    repository = new AccountLocaleRepository(
      model as unknown as ConstructorParameters<typeof AccountLocaleRepository>[0],
    );
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('keeps the newest version: a redelivered registration does not undo a later change', async () => {
    const id = uniqueName('acc');
    expect(await repository.remember(id, 'fr', 1)).toBe(true);
    expect(await repository.remember(id, 'en', 3)).toBe(true);
    expect(await repository.remember(id, 'fr', 1)).toBe(false);
    expect(await repository.remember(id, 'en', 3)).toBe(false);

    expect(await repository.localesOf([id, 'nobody'])).toEqual(new Map([[id, 'en']]));
  });

  it('takes locales kept before versions as older than any event, once started', async () => {
    const id = uniqueName('acc');
    await connection
      .collection<{ _id: string; locale: string }>('account_locales')
      .insertOne({ _id: id, locale: 'fr' });

    await repository.onModuleInit();

    expect(await repository.remember(id, 'en', 2)).toBe(true);
    expect(await repository.localesOf([id])).toEqual(new Map([[id, 'en']]));
  });
});
