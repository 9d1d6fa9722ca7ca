import { DomainException } from '@pollen/contracts';

import type { InvestorCursor } from '../repositories/investor.store';

/** A page position, opaque to clients: the creation instant and id of the last investor seen. */
export function encodeCursor(cursor: InvestorCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.createdAt.toISOString(), i: cursor.id })).toString('base64url');
}

export function decodeCursor(cursor: string): InvestorCursor {
  try {
    const { t, i } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { t: unknown; i: unknown };
    const createdAt = new Date(String(t));
    if (typeof i !== 'string' || Number.isNaN(createdAt.getTime())) throw new Error('bad cursor');
    return { createdAt, id: i };
  } catch {
    throw DomainException.validation([
      { field: 'cursor', code: 'invalidCursor', message: 'cursor is not one this API gave' },
    ]);
  }
}
