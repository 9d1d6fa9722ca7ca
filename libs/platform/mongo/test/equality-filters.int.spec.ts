import mongoose, { type Connection, Types } from 'mongoose';

import { databaseUri, uniqueName } from './database';

/**
 * Our FerretDB build lets SQLite evaluate equality filters before FerretDB decodes a document
 * (tools/infra/ferretdb/pollen_pushdown.go). Every repository relies on those filters meaning what
 * they mean on MongoDB, arrays and indexes included: these are MongoDB's answers, which the
 * unpatched build gave too.
 */
describe('equality filters, on the real database', () => {
  let connection: Connection;
  const objectId = new Types.ObjectId();
  const objectIdKey = new Types.ObjectId();
  const documents = [
    { _id: 'x1', s: 'café', b: true, o: objectId, t: ['a', 'b'], nested: { s: 'v' } },
    { _id: 'x2', s: 'a<b&"q"', b: false, t: 'a', flags: [true] },
    { _id: 'x3', s: 'plain', b: [true, false], t: ['c'], nested: [{ s: 'v' }] },
    { _id: 'x4', s: ['plain', 'other'], hasOutbox: true, status: 'draft' },
    { _id: 'x5', s: null, status: 'submitted', hasOutbox: false },
    { _id: 'x6', status: 'draft', owner: 'u1', o: objectId.toHexString() },
    { _id: 'y1', s: 'y', nest: [{ v: 'deep' }], text: '[x', empty: '', flag: 1 },
    { _id: 'y2', s: 'y', nest: ['deep'], text: '[', empty: 'x', flag: true },
    { _id: objectIdKey, s: 'keyed by an ObjectId', status: 'closed' },
  ];
  const ids = async (filter: object) =>
    (await connection.collection('documents').find(filter).sort({ _id: 1 }).toArray()).map(({ _id }) => String(_id));

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(databaseUri(), { dbName: uniqueName('equality-filters'), retryWrites: false })
      .asPromise();
    const collection = connection.collection('documents');
    await collection.insertMany(documents as never[]);
    await collection.createIndex({ status: 1 });
    await collection.createIndex({ owner: 1, status: 1 });
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it.each([
    [{ s: 'café' }, ['x1']],
    [{ s: 'a<b&"q"' }, ['x2']],
    [{ s: 'plain' }, ['x3', 'x4']],
    [{ b: true }, ['x1', 'x3']],
    [{ b: { $eq: false } }, ['x2', 'x3']],
    [{ t: 'a' }, ['x1', 'x2']],
    [{ flags: true }, ['x2']],
    [{ hasOutbox: true }, ['x4']],
    [{ status: 'draft', owner: 'u1' }, ['x6']],
    [{ owner: { $eq: 'u1' }, status: { $in: ['draft', 'submitted'] } }, ['x6']],
    [{ _id: { $eq: 'x1' }, s: 'café' }, ['x1']],
    [{ _id: 'x1', s: 'other' }, []],
    [{ _id: { $in: ['x1', 'x3', 'nobody'] } }, ['x1', 'x3']],
    [{ o: objectId }, ['x1']],
    [{ o: objectId.toHexString() }, ['x6']],
    [{ s: { $in: ['plain', null] } }, ['x3', 'x4', 'x5', 'x6']],
    [{ nest: 'deep' }, ['y2']],
    [{ text: '[x' }, ['y1']],
    [{ text: '[' }, ['y2']],
    [{ empty: '' }, ['y1']],
    [{ flag: true }, ['y2']],
    [{ o: { $in: [objectId, 'x'] } }, ['x1']],
    [{ _id: { $in: [objectIdKey, 'y2'] } }, ['y2', objectIdKey.toHexString()]],
    [{ s: null }, ['x5', 'x6']],
    [{ status: { $in: [] } }, []],
    [{ 'nested.s': 'v' }, ['x1', 'x3']],
    [{ status: 'draft', $or: [{ owner: 'u1' }, { s: 'other' }] }, ['x4', 'x6']],
    [{ missing: 'x' }, []],
  ])('%j finds %j', async (filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  it('answers an $in longer than SQLite binds parameters to one statement (32,766)', async () => {
    const absent = Array.from({ length: 40_000 }, (_, i) => `absent-${i}`);

    expect(await ids({ _id: { $in: [...absent, 'x3'] } })).toEqual(['x3']);
  });

  it('updates and deletes what an equality finds, and only that', async () => {
    const collection = connection.collection('documents');

    expect((await collection.updateMany({ status: 'draft' }, { $set: { seen: true } })).modifiedCount).toBe(2);
    expect((await collection.updateOne({ _id: objectIdKey }, { $set: { seen: true } })).modifiedCount).toBe(1);
    expect((await collection.deleteMany({ t: 'a' })).deletedCount).toBe(2);

    expect(await ids({ seen: true })).toEqual(['x4', 'x6', objectIdKey.toHexString()]);
    expect((await collection.deleteOne({ _id: objectIdKey })).deletedCount).toBe(1);
    expect(await ids({})).toEqual(['x3', 'x4', 'x5', 'x6', 'y1', 'y2']);
    expect(await collection.countDocuments({ status: 'draft' })).toBe(2);
  });
});
