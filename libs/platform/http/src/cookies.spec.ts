import { cookieOf, serialiseCookie } from './cookies';

describe('serialiseCookie', () => {
  it('writes the value as it is, then Max-Age, Path and the flags asked for', () => {
    expect(
      serialiseCookie('pollen_refresh', 'aB3_-x', {
        maxAgeSeconds: 2592000,
        path: '/v1/auth',
        httpOnly: true,
        secure: true,
        sameSite: 'Strict',
      }),
    ).toBe('pollen_refresh=aB3_-x; Max-Age=2592000; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict');
  });

  it('deletes with Max-Age=0, and never writes a negative or fractional age', () => {
    expect(serialiseCookie('a', '', { maxAgeSeconds: 0, path: '/' })).toBe('a=; Max-Age=0; Path=/');
    expect(serialiseCookie('a', 'b', { maxAgeSeconds: -5, path: '/' })).toBe('a=b; Max-Age=0; Path=/');
    expect(serialiseCookie('a', 'b', { maxAgeSeconds: 9.9, path: '/' })).toBe('a=b; Max-Age=9; Path=/');
  });

  it.each([
    ['a value with a semicolon', 'a', 'x; Path=/', '/'],
    ['a value with a space', 'a', 'x y', '/'],
    ['a value with a comma', 'a', 'x,y', '/'],
    ['a name with an equals sign', 'a=b', 'x', '/'],
    ['an empty name', '', 'x', '/'],
    ['a path with a semicolon', 'a', 'x', '/; Domain=evil.example'],
    ['a line break', 'a', 'x\r\nSet-Cookie: b=c', '/'],
  ])('refuses %s rather than writing a header a browser reads otherwise', (_what, name, value, path) => {
    expect(() => serialiseCookie(name, value, { maxAgeSeconds: 1, path })).toThrow();
  });
});

describe('cookieOf', () => {
  it.each<[string | string[] | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['pollen_refresh=abc', 'abc'],
    ['theme=dark; pollen_refresh=abc; lang=fr', 'abc'],
    ['theme=dark;pollen_refresh=abc', 'abc'],
    ['  pollen_refresh = abc  ', 'abc'],
    ['pollen_refresh="abc"', 'abc'],
    ['pollen_refresh=', ''],
    ['pollen_refresh=a=b', 'a=b'],
    ['pollen_refresh=first; pollen_refresh=second', 'first'],
    ['xpollen_refresh=abc; pollen_refreshx=def', undefined],
    ['pollen_refresh', undefined],
    [['theme=dark', 'pollen_refresh=abc'], 'abc'],
    ['pollen_refresh=%41', '%41'],
  ])('%j → %j', (header, expected) => {
    expect(cookieOf(header, 'pollen_refresh')).toBe(expected);
  });
});
