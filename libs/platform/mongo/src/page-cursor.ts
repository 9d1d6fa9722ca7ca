import { DomainException } from '@pollen/contracts';

/** A page position: the sort date and id of the last item seen. Opaque to clients. */
export interface PageCursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.at.toISOString(), i: cursor.id })).toString('base64url');
}

export function decodeCursor(cursor: string): PageCursor {
  try {
    const { t, i } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { t: unknown; i: unknown };
    const at = new Date(String(t));
    if (typeof i !== 'string' || Number.isNaN(at.getTime())) throw new Error('bad cursor');
    return { at, id: i };
  } catch {
    throw DomainException.validation([
      { field: 'cursor', code: 'invalidCursor', message: 'cursor is not one this API gave' },
    ]);
  }
}

/** Items of one page, and the cursor of the next when the store returned one item more than asked. */
export function page<T extends { id: string }>(
  fetched: T[],
  limit: number,
  sortDate: (item: T) => Date,
): { items: T[]; nextCursor: string | null } {
  const items = fetched.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: fetched.length > limit && last ? encodeCursor({ at: sortDate(last), id: last.id }) : null,
  };
}
