import type { HeaderObject, ParameterObject, ReferenceObject } from '@nestjs/swagger';

const HEADERS = '#/components/headers/';
const PARAMETERS = '#/components/parameters/';

/** Response headers, by component name: routes point to them, the builder adds the ones in use. */
export const RESPONSE_HEADERS = {
  XCorrelationId: {
    description:
      'The request’s correlation id: yours when it had 8–128 characters from `A-Za-z0-9._:-`, otherwise a new UUID.',
    required: true,
    schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
  },
  ETag: {
    description: 'A weak tag of the body: send it back in `If-None-Match`.',
    required: true,
    schema: { type: 'string', pattern: '^W/"[^"]*"$' },
  },
  ApplicationETag: {
    description: 'The application’s version, `"3"`: send it back in `If-Match` (and `If-None-Match`).',
    required: true,
    schema: { type: 'string', pattern: '^"[1-9][0-9]*"$' },
  },
  InvestorETag: {
    description: 'The investor’s version, `"3"` (`"0"` before matching has seen them): send it back in `If-Match`.',
    required: true,
    schema: { type: 'string', pattern: '^"(0|[1-9][0-9]*)"$' },
  },
  MatchETag: {
    description: 'The match’s version, `"2"`: it moves by one with every change.',
    required: true,
    schema: { type: 'string', pattern: '^"[1-9][0-9]*"$' },
  },
  ContentETag: {
    description: 'The file’s SHA-256, in hex: the same bytes always give it.',
    required: true,
    schema: { type: 'string', pattern: '^"[0-9a-f]{64}"$' },
  },
  NoStore: {
    description: 'The answer holds a secret shown this once: no cache may keep it.',
    required: true,
    schema: { type: 'string', enum: ['no-store'] },
  },
  Location: {
    description: 'Where the new resource is.',
    required: true,
    schema: { type: 'string', format: 'uri-reference' },
  },
  RetryAfter: {
    description: 'Seconds to wait before trying again.',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
  RetryAfterSometimes: {
    description: 'Seconds to wait before trying again: sent with the problems that say to retry later.',
    required: false,
    schema: { type: 'integer', minimum: 1 },
  },
  RateLimitLimit: {
    description: 'Requests allowed in the current window of the tightest limit this request counts against.',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
  RateLimitRemaining: {
    description: 'Requests left in that window.',
    required: true,
    schema: { type: 'integer', minimum: 0 },
  },
  RateLimitReset: {
    description: 'Seconds until that window ends.',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
  SetRefreshCookie: {
    description:
      'In the cookie mode only (`X-Pollen-Session: cookie`): `pollen_refresh=<refresh token>; Max-Age=<seconds the token lasts>; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict`. The body then has no `refreshToken`.',
    required: false,
    schema: {
      type: 'string',
      pattern: '^pollen_refresh=[A-Za-z0-9_-]+; Max-Age=[0-9]+; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict$',
    },
  },
  ClearRefreshCookie: {
    description:
      'In the cookie mode only (`X-Pollen-Session: cookie`, or a log-out the cookie named): `pollen_refresh=; Max-Age=0; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict`, which deletes the cookie.',
    required: false,
    schema: { type: 'string', enum: ['pollen_refresh=; Max-Age=0; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict'] },
  },
  IdempotentReplayed: {
    description: '`true` when this is the kept answer to an earlier request with the same `Idempotency-Key`.',
    required: false,
    schema: { type: 'string', enum: ['true'] },
  },
} satisfies Record<string, HeaderObject>;

export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

/** `{ ETag: {$ref} }` for a response's `headers`. */
export const headerRefs = (headers: Partial<Record<string, ResponseHeaderName>>): Record<string, ReferenceObject> =>
  Object.fromEntries(Object.entries(headers).map(([name, component]) => [name, { $ref: `${HEADERS}${component}` }]));

/** Request headers every route reads, or some do, by component name. */
export const REQUEST_PARAMETERS = {
  AcceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description:
      'French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details.',
    schema: { type: 'string' },
  },
  XCorrelationId: {
    name: 'X-Correlation-Id',
    in: 'header',
    required: false,
    description: 'Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID.',
    schema: { type: 'string' },
  },
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description:
      'The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway.',
    schema: { type: 'string' },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      '1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
  },
  XPollenSession: {
    name: 'X-Pollen-Session',
    in: 'header',
    required: false,
    description:
      '`cookie`: the browser’s session mode (docs/api.md, "Browser sessions"). The refresh token travels in the `pollen_refresh` cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth), never in a body, and every request in this mode must carry an `Origin` that is the gateway’s own or one of `PORTAL_ORIGINS` (else `403` `auth.origin-not-allowed`). Any other value, or none, is the default mode.',
    schema: { type: 'string', enum: ['cookie'] },
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: true,
    description:
      'The `ETag` you read, `"3"` (also a list `"3", "4"`, or `*`). Without it: `428`. Compared strongly: a weak tag `W/"3"` never matches, and weak tags alone get `412` (`precondition-failed`).',
    schema: { type: 'string' },
  },
} satisfies Record<string, ParameterObject>;

export type RequestParameterName = keyof typeof REQUEST_PARAMETERS;

export const parameterRef = (name: RequestParameterName): ReferenceObject => ({ $ref: `${PARAMETERS}${name}` });

/** The component describing the request header `name` (`If-Match` → `IfMatch`), if there is one. */
export const requestParameterNamed = (name: string): RequestParameterName | undefined =>
  (Object.keys(REQUEST_PARAMETERS) as RequestParameterName[]).find(
    (component) => REQUEST_PARAMETERS[component].name.toLowerCase() === name.toLowerCase(),
  );
