import type { Model } from 'mongoose';

import { isDuplicateKeyError } from './outbox';

/**
 * Writes a projection's document unless the stored one is as new or newer. `whole`: the fields
 * given are the whole document (a field they leave out is removed), not changes to it. The filter matches
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
  { whole = false }: { whole?: boolean } = {},
): Promise<boolean> {
  const newer = { _id: id, version: { $lt: fields.version } };
  try {
    if (whole) await model.replaceOne(newer, fields, { upsert: true });
    else await model.updateOne(newer, { $set: fields }, { upsert: true });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/**
 * Inserts `document` keyed by `id` unless that _id is taken: the _id is the dedupe key (an event
 * delivered twice, a claim, a retried create), and the one unique index, so nothing else collides.
 * @returns false when it was there already: nothing changed.
 */
export async function insertOnce(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  model: Model<any>,
  id: string,
  document: object,
): Promise<boolean> {
  try {
    await model.create({ ...document, _id: id });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}
