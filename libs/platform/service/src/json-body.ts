import { DomainException, ErrorCode } from '@pollen/contracts';

/** The media types read as JSON: `application/json` and every `application/*+json` (merge patch, problem). */
export const JSON_MEDIA_TYPES: readonly (string | RegExp)[] = [
  'application/json',
  /^application\/[!#$%&'*.^`|~\w-]+\+json(?:\s*;|$)/i,
];

/** The body limit of the API (ADR 0010): a larger body is answered 413. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Parses a JSON request body as Express' body parser did (strict): an empty body is `{}`, the top
 * level must be an object or an array, anything else is a 400 problem.
 */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0) return {};
  const first = /^[\t\n\r ]*(.)/s.exec(text)?.[1];
  if (first !== undefined && first !== '{' && first !== '[') throw invalidJson('a JSON object or array is expected');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidJson((error as Error).message);
  }
}

function invalidJson(why: string): DomainException {
  return new DomainException(ErrorCode.ValidationFailed, `The request body is not valid JSON (${why})`);
}
