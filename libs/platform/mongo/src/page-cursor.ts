import { DomainException, fieldError } from '@pollen/contracts';

/**
 * A page position: the sort date and id of the last item seen, and its rank when a page is sorted
 * by a number first (a score). Opaque to clients.
 */
export interface PageCursor {
  at: Date;
  id: string;
  rank?: number;
}

export function encodeCursor(cursor: PageCursor): string {
  const rank = cursor.rank === undefined ? {} : { r: cursor.rank };
  return Buffer.from(JSON.stringify({ t: cursor.at.toISOString(), i: cursor.id, ...rank })).toString('base64url');
}

export function decodeCursor(cursor: string): PageCursor {
  try {
    const { t, i, r } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const at = new Date(String(t));
    if (typeof i !== 'string' || Number.isNaN(at.getTime())) throw new Error('bad cursor');
    if (r !== undefined && typeof r !== 'number') throw new Error('bad cursor');
    return { at, id: i, ...(r === undefined ? {} : { rank: r }) };
  } catch {
    throw DomainException.validation([fieldError('cursor', 'invalidCursor', 'cursor is not one this API gave')]);
  }
}

/** Items of one page, and the cursor of the next when the store returned one item more than asked. */
export function page<T extends { id: string }>(
  fetched: T[],
  limit: number,
  sortDate: (item: T) => Date,
  rank?: (item: T) => number,
): { items: T[]; nextCursor: string | null } {
  const items = fetched.slice(0, limit);
  const last = items.at(-1);
  const position = last && { at: sortDate(last), id: last.id, ...(rank ? { rank: rank(last) } : {}) };
  return { items, nextCursor: fetched.length > limit && position ? encodeCursor(position) : null };
}
