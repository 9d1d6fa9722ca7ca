import { isFresh, weakEtagOf } from './conditional-get';

describe('conditional GET', () => {
  it('tags a body as Express did, so that tags clients hold still match', () => {
    // Express 5 answered GET /health/live with this ETag.
    expect(weakEtagOf('{"status":"ok"}')).toBe('W/"f-VaSQ4oDUiZblZNAEkkN+sX+q3Sg"');
    expect(weakEtagOf(Buffer.from('{"status":"ok"}'))).toBe('W/"f-VaSQ4oDUiZblZNAEkkN+sX+q3Sg"');
    expect(weakEtagOf('é')).toMatch(/^W\/"2-/);
  });

  it.each([
    ['the same tag', '"3"', '"3"', true],
    ['the weak form of the tag', 'W/"3"', '"3"', true],
    ['a weak tag against a weak one', 'W/"f-abc"', 'W/"f-abc"', true],
    ['one of a list', '"1", W/"3" ,"5"', '"3"', true],
    ['any tag', '*', '"3"', true],
    ['another tag', '"2"', '"3"', false],
    ['a tag that only starts the same', '"3', '"3"', false],
  ])('If-None-Match with %s', (_, ifNoneMatch, etag, fresh) => {
    expect(isFresh({ 'if-none-match': ifNoneMatch }, etag)).toBe(fresh);
  });

  it('is never fresh without If-None-Match, or when the client asks for no cache', () => {
    expect(isFresh({}, '"3"')).toBe(false);
    expect(isFresh({ 'if-none-match': '"3"', 'cache-control': 'max-age=0, no-cache' }, '"3"')).toBe(false);
    expect(isFresh({ 'if-none-match': '"3"', 'cache-control': 'max-age=0' }, '"3"')).toBe(true);
  });
});
