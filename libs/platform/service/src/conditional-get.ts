import { hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The weak entity tag Express gave every body (`etag` package: byte length and SHA-1), kept so
 * that tags clients already hold still match.
 */
export function weakEtagOf(body: string | Buffer): string {
  const bytes = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
  const digest = hash('sha1', body, 'base64').slice(0, 27);
  return `W/"${bytes.toString(16)}-${digest}"`;
}

const NO_CACHE = /(?:^|,)\s*?no-cache\s*?(?:,|$)/;

/**
 * Whether the client's copy is current (RFC 9110 §13.1.2, as the `fresh` package that Express
 * used decides it): `If-None-Match` is `*` or lists the tag, compared weakly; `Cache-Control:
 * no-cache` asks for the body anyway.
 */
export function isFresh(request: IncomingHttpHeaders, etag: string): boolean {
  const noneMatch = request['if-none-match'];
  if (!noneMatch) return false;
  const cacheControl = request['cache-control'];
  if (cacheControl && NO_CACHE.test(cacheControl)) return false;
  if (noneMatch.trim() === '*') return true;
  const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);
  return noneMatch.split(',').some((tag) => opaque(tag.trim()) === opaque(etag));
}
