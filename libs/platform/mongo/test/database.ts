import { randomUUID } from 'node:crypto';

// The testing kit depends on this library, so these tests cannot import it: the two lines they need.

/** The real test database, brought up by the Jest global setup. */
export function databaseUri(): string {
  const uri = process.env['MONGODB_URI'];
  if (!uri) throw new Error('MONGODB_URI must be set (the Jest global setup does it)');
  return uri;
}

export const uniqueName = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;
