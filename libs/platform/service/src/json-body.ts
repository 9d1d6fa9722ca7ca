import { RouteConfig } from '@nestjs/platform-fastify';
import { DomainException, ErrorCode, type FieldError, fieldError } from '@pollen/contracts';
import { MAX_BODY_DEPTH } from '@pollen/platform/http';

/** The media types read as JSON: `application/json` and every `application/*+json` (merge patch, problem). */
export const JSON_MEDIA_TYPES: readonly (string | RegExp)[] = [
  'application/json',
  /^application\/[!#$%&'*.^`|~\w-]+\+json(?:\s*;|$)/i,
];

/** The body limit of the API (ADR 0010): a larger body is answered 413. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * A route whose bodies may be larger than the API's limit (a legal template's two bodies): its
 * own limit, still answered 413 past it. Read by the HTTP adapter as each route is registered.
 */
export const BodyLimit = (bytes: number): MethodDecorator => RouteConfig({ bodyLimit: bytes });

/** The limit a route's `@BodyLimit` set, if any. */
export const bodyLimitOf = (config: unknown): number | undefined =>
  (config as { bodyLimit?: unknown } | undefined)?.bodyLimit as number | undefined;

/**
 * Parses a JSON request body as Express' body parser did (strict): an empty body is `{}`, the top
 * level must be an object or an array, anything else is a 400 problem; so is a body nested deeper
 * than `MAX_BODY_DEPTH`, before anything transforms it.
 */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0) return {};
  const first = /^[\t\n\r ]*(.)/s.exec(text)?.[1];
  if (first !== undefined && first !== '{' && first !== '[') throw invalidJson('a JSON object or array is expected');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw invalidJson((error as Error).message);
  }
  const tooDeep = firstTooDeep(body);
  if (tooDeep) throw DomainException.validation([tooDeep]);
  return body;
}

/**
 * The first object or array past `MAX_BODY_DEPTH`, as a field error at its path. The walk keeps
 * its own stack rather than recursing: recursion is what a deep body would overflow.
 */
function firstTooDeep(body: unknown): FieldError | undefined {
  const pending: { value: unknown; path: string[] }[] = [{ value: body, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length === MAX_BODY_DEPTH) {
      const field = path.join('.');
      return fieldError(field, 'maxDepth', `${field} nests deeper than ${MAX_BODY_DEPTH} levels`);
    }
    for (const [key, child] of Object.entries(value)) pending.push({ value: child, path: [...path, key] });
  }
  return undefined;
}

function invalidJson(why: string): DomainException {
  return new DomainException(ErrorCode.ValidationFailed, `The request body is not valid JSON (${why})`);
}
