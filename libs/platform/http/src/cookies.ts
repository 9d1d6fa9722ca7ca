/** A cookie's name: an RFC 9110 token. */
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A cookie's value as RFC 6265 §4.1.1 allows it unquoted: no space, quote, comma, semicolon or backslash. */
const COOKIE_VALUE = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;

export interface CookieAttributes {
  /** Seconds the browser keeps it; 0 deletes it at once. */
  maxAgeSeconds: number;
  path: string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
}

/**
 * A `Set-Cookie` value: `name=value; Max-Age=…; Path=…` and the flags given. The value is written as
 * it is, never encoded, so it must already be one RFC 6265 allows (an opaque base64url token is);
 * anything else throws rather than writing a header a browser would read differently.
 */
export function serialiseCookie(name: string, value: string, attributes: CookieAttributes): string {
  if (!COOKIE_NAME.test(name)) throw new Error(`not a cookie name: ${JSON.stringify(name)}`);
  if (!COOKIE_VALUE.test(value)) throw new Error(`cookie ${name}: its value has characters a cookie cannot hold`);
  if (!/^[\x21-\x3A\x3C-\x7E]+$/.test(attributes.path)) throw new Error(`cookie ${name}: not a path`);
  const maxAge = Math.max(0, Math.floor(attributes.maxAgeSeconds));
  return [
    `${name}=${value}`,
    `Max-Age=${maxAge}`,
    `Path=${attributes.path}`,
    ...(attributes.httpOnly ? ['HttpOnly'] : []),
    ...(attributes.secure ? ['Secure'] : []),
    ...(attributes.sameSite ? [`SameSite=${attributes.sameSite}`] : []),
  ].join('; ');
}

/**
 * The value of the cookie `name` in a `Cookie` request header, or undefined when it is not there.
 * The first one wins when there are several (a browser sends the one of the longest path first);
 * a value in double quotes loses them, and nothing is decoded.
 */
export function cookieOf(header: string | string[] | undefined, name: string): string | undefined {
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  for (const pair of lines.flatMap((line) => line.split(';'))) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals).trim() !== name) continue;
    const value = pair.slice(equals + 1).trim();
    return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return undefined;
}
