import type { Model } from 'mongoose';

import { isDuplicateKeyError } from './outbox';

/**
 * Writes a projection's document unless the stored one is as new or newer: the filter matches
 * only an older version, so against a newer one the upsert tries to insert a second document with
 * the same _id and fails with a duplicate key — a stale or redelivered event, answered false.
 * FerretDB answers this upsert as MongoDB does (apps/matching/test/matching.int.spec.ts). Its
 * updates are not atomic under concurrent writers, so each projected document has one writer:
 * events keyed by its id, applied in order by one consumer.
 */
export async function saveIfNewer<T extends { version: number }>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  model: Model<any>,
  id: string,
  fields: T,
): Promise<boolean> {
  try {
    await model.updateOne({ _id: id, version: { $lt: fields.version } }, { $set: fields }, { upsert: true });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}
