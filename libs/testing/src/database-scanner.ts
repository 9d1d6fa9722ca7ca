import mongoose from 'mongoose';

import { foundIn, type Needles } from './needles';
import { storedText } from './stored-text';

/** One stored document holding some of the needles. */
export interface StoredHit {
  database: string;
  collection: string;
  /** The document's `_id`. */
  id: string;
  /** Labels of the needles found in it. */
  found: string[];
  /** The document as it was searched (binary fields as their text): to tell what else it holds. */
  text: string;
}

/** The document as plain JSON, each binary field replaced by the text it holds (storedText). */
async function searchable(value: unknown): Promise<unknown> {
  if (Buffer.isBuffer(value)) return storedText(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return Promise.all(value.map(searchable));
  if (value && typeof value === 'object') {
    if ('toHexString' in value && typeof value.toHexString === 'function') return String(value.toHexString());
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, field]) => [key, await searchable(field)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * Every document of every collection of one database whose JSON holds one of the needles (case
 * and whitespace aside), binary fields read as text: PDFs by their text layer, DOCX by their XML.
 */
export async function searchDatabase(mongoUri: string, database: string, needles: Needles): Promise<StoredHit[]> {
  const connection = await mongoose.createConnection(mongoUri, { dbName: database }).asPromise();
  try {
    const db = connection.db;
    if (!db) throw new Error(`no database ${database}`);
    const hits: StoredHit[] = [];
    const collections = await db.listCollections({}, { nameOnly: true }).toArray();
    for (const { name } of collections.filter((collection) => !collection.name.startsWith('system.'))) {
      for await (const document of db.collection(name).find({}, { promoteBuffers: true })) {
        const text = JSON.stringify(await searchable(document));
        const found = foundIn(text, needles);
        if (found.length > 0) hits.push({ database, collection: name, id: String(document._id), found, text });
      }
    }
    return hits;
  } finally {
    await connection.close();
  }
}
