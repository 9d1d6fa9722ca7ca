import { decodeCursor, encodeCursor, page } from './page-cursor';

describe('page cursors', () => {
  const at = new Date('2026-12-01T10:00:00.000Z');

  it.each([
    ['a date and an id', { at, id: 'a-1' }],
    ['a rank too (a page sorted by a score first)', { at, id: 'a-1', rank: 72 }],
  ])('give back what they were made of: %s', (_, position) => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['nonsense', Buffer.from('{"t":"2026-12-01","i":"x","r":"72"}').toString('base64url')])(
    'refuse one this API did not give (%s) with a 400 on the cursor field',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'validation-failed' }));
    },
  );

  it('points the next page after the last item kept, with its rank when the page is ranked', () => {
    const fetched = [
      { id: 'a', at, score: 90 },
      { id: 'b', at, score: 80 },
      { id: 'c', at, score: 70 },
    ];
    const { items, nextCursor } = page(
      fetched,
      2,
      (item) => item.at,
      (item) => item.score,
    );

    expect(items.map((item) => item.id)).toEqual(['a', 'b']);
    expect(decodeCursor(nextCursor as string)).toEqual({ at, id: 'b', rank: 80 });
    expect(page(fetched, 3, (item) => item.at).nextCursor).toBeNull();
  });
});
