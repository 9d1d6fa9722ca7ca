import type { HttpRequest } from './http-types';

/** What a `Host` may hold: a name or address and a port, nothing that would move a URL's path or user. */
const HOST = /^[A-Za-z0-9.\-[\]:]+$/;

/**
 * The web origin `text` names (`https://portal.example`: scheme, host and port, lowercased and
 * without a default port), or undefined when it names none: `null`, another scheme, a path, a query
 * or credentials.
 */
export function originOf(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  return web && bare ? url.origin : undefined;
}

/**
 * The origin the client addressed: the scheme and host it sent the request to, as a trusted proxy
 * forwards them (`X-Forwarded-Proto`, `X-Forwarded-Host`). A browser's `Origin` equals it on a
 * request from the same site's pages.
 */
export function ownOriginOf(request: HttpRequest): string | undefined {
  const host = request.host;
  return host && HOST.test(host) ? originOf(`${request.protocol}://${host}`) : undefined;
}
