import type { HttpRequest } from './http-types';
import { originOf, ownOriginOf } from './origin';

describe('originOf', () => {
  it.each([
    ['https://portal.example', 'https://portal.example'],
    ['https://portal.example/', 'https://portal.example'],
    ['HTTPS://Portal.Example', 'https://portal.example'],
    ['https://portal.example:443', 'https://portal.example'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://127.0.0.1:80', 'http://127.0.0.1'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
  ])('%s → %s', (text, origin) => {
    expect(originOf(text)).toBe(origin);
  });

  it.each([
    'null',
    '',
    'portal.example',
    'ftp://portal.example',
    'file:///etc/passwd',
    'https://portal.example/app',
    'https://portal.example?x=1',
    'https://portal.example#top',
    'https://user:secret@portal.example',
  ])('%j is no origin', (text) => {
    expect(originOf(text)).toBeUndefined();
  });
});

describe('ownOriginOf', () => {
  const request = (protocol: string, host: string) => ({ protocol, host }) as HttpRequest;

  it('is the scheme and host the client sent the request to', () => {
    expect(ownOriginOf(request('http', 'localhost:3000'))).toBe('http://localhost:3000');
    expect(ownOriginOf(request('https', 'Pollen.Example:443'))).toBe('https://pollen.example');
  });

  it.each(['', 'evil.example/path', 'user@evil.example', 'a b', 'evil.example?'])(
    'is none for a Host of %j',
    (host) => {
      expect(ownOriginOf(request('http', host))).toBeUndefined();
    },
  );
});
