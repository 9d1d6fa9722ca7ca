import type { HeaderObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import {
  APPLICATION_STATUSES,
  ERROR_HTTP,
  ErrorCode,
  INVESTOR_STATUSES,
  MATCH_ACTIONS,
  MATCH_STATUSES,
  type ReasonCode,
  Reasons,
  RENDER_FAILURES,
  VETTING_ACTIONS,
} from '@pollen/contracts';
import { PROBLEM_TYPE_BASE } from '@pollen/platform/http';

/** What a problem+json `code` may be: a reason code of the catalogue, or a generic code. */
export type ProblemCode = ReasonCode | `${ErrorCode}`;

const SCHEMAS = '#/components/schemas/';
const isReason = (code: ProblemCode): code is ReasonCode => Object.hasOwn(Reasons, code);

/** The generic code of a problem code, hence its HTTP status, `type` and `title`. */
export const errorCodeOf = (code: ProblemCode): ErrorCode =>
  isReason(code) ? Reasons[code].error : (code as ErrorCode);
export const statusOf = (code: ProblemCode): number => ERROR_HTTP[errorCodeOf(code)].status;

/** `application.not-draft` → `ApplicationNotDraftProblem`: the component that describes it. */
export const problemSchemaName = (code: ProblemCode): string =>
  `${code
    .split(/[.-]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}Problem`;

const instant: SchemaObject = { type: 'string', format: 'date-time' };

interface Extensions {
  /** Extension members (RFC 9457 §3.2) this code carries. */
  properties?: Record<string, SchemaObject>;
  required?: string[];
  /** Whether `errors` (every invalid or missing field) is always there, sometimes, or never. */
  errors?: 'always' | 'sometimes';
}

const transition = (...actions: string[]): Extensions => ({
  properties: {
    currentStatus: { type: 'string', enum: [...APPLICATION_STATUSES], description: 'The status the application has.' },
    action: { type: 'string', enum: actions, description: 'What was refused.' },
  },
  required: ['currentStatus', 'action'],
});

/**
 * What each code carries beyond the members every problem has: the one place where the `details`
 * the services put in their exceptions (apps/*\/src/errors) are described. A code missing here
 * carries nothing more; the end-to-end test (apps/e2e/test/openapi.e2e.spec.ts) fails on any member
 * a real answer has and this table does not describe.
 */
const EXTENSIONS: Partial<Record<ProblemCode, Extensions>> = {
  [ErrorCode.ValidationFailed]: { errors: 'sometimes' },
  [ErrorCode.Unavailable]: {
    properties: {
      retryAfterSeconds: { type: 'integer', minimum: 1, description: 'Also sent as `Retry-After`.' },
    },
    required: ['retryAfterSeconds'],
  },
  'application.incomplete': { errors: 'always' },
  'document.hash-mismatch': {
    properties: { sha256: { type: 'string', description: 'The hash given, which is not the French PDF’s.' } },
    required: ['sha256'],
  },
  'decision.investor-funding-unavailable': {
    properties: { matchId: { type: 'string', description: 'The introduction named, which this application has not.' } },
    required: ['matchId'],
  },
  'programme.unknown': { errors: 'always' },
  'application.version-mismatch': {
    properties: {
      currentVersion: {
        type: 'integer',
        minimum: 1,
        description: 'The version the application has now; absent when `If-Match` held no entity tag.',
      },
    },
  },
  'investor.version-mismatch': {
    properties: {
      currentVersion: { type: 'integer', minimum: 0, description: 'The version the investor has now.' },
    },
    required: ['currentVersion'],
  },
  'investor.illegal-transition': {
    properties: {
      currentStatus: { type: 'string', enum: [...INVESTOR_STATUSES], description: 'The status the investor has.' },
      action: { type: 'string', enum: [...VETTING_ACTIONS], description: 'What was refused.' },
    },
    required: ['currentStatus', 'action'],
  },
  'investor.not-approved': {
    properties: {
      vettingStatus: {
        type: 'string',
        enum: INVESTOR_STATUSES.filter((status) => status !== 'approved'),
        description: 'The vetting status you have.',
      },
    },
    required: ['vettingStatus'],
  },
  'template.version-not-newer': {
    properties: { latestVersion: { type: 'string', description: 'The template’s latest version.' } },
  },
  'template.unsupported-markup': {
    properties: {
      locale: { type: 'string', enum: ['fr', 'en'], description: 'The body at fault.' },
      found: {
        type: 'array',
        description: 'Each element, or element and attribute, outside the subset.',
        items: {
          type: 'object',
          properties: { element: { type: 'string' }, attribute: { type: 'string' } },
          required: ['element'],
        },
      },
    },
    required: ['locale', 'found'],
  },
  'template.locales-disagree': {
    properties: {
      onlyIn: {
        type: 'object',
        description: 'The variables one language reads and the other does not.',
        properties: {
          fr: { type: 'array', items: { type: 'string' } },
          en: { type: 'array', items: { type: 'string' } },
        },
        required: ['fr', 'en'],
      },
      undeclared: { type: 'array', items: { type: 'string' }, description: 'Variables the schema does not declare.' },
    },
    required: ['onlyIn', 'undeclared'],
  },
  'template.body-too-large': {
    properties: { locale: { type: 'string', enum: ['fr', 'en'], description: 'The body at fault.' } },
    required: ['locale'],
  },
  'template.invalid-liquid': {
    properties: { locale: { type: 'string', enum: ['fr', 'en'], description: 'The body at fault.' } },
    required: ['locale'],
  },
  'template.invalid-variables': { errors: 'always' },
  'template.render-failed': {
    properties: {
      failure: {
        type: 'string',
        enum: [...RENDER_FAILURES],
        description: 'What stopped the render: the body itself, or the limit it ran into.',
      },
    },
    required: ['failure'],
  },
  'match.illegal-transition': {
    properties: {
      currentStatus: { type: 'string', enum: [...MATCH_STATUSES], description: 'The status the match has.' },
      action: { type: 'string', enum: [...MATCH_ACTIONS], description: 'What was refused.' },
    },
    required: ['currentStatus', 'action'],
  },
  'application.duplicate-active': {
    properties: {
      existingApplicationId: { type: 'string', format: 'uuid', description: 'The active application.' },
    },
  },
  'application.not-draft': transition('edit', 'submit'),
  'application.not-withdrawable': transition('withdraw'),
  'application.not-decidable': transition('decide'),
  'application.consent-not-grantable': transition('grant-consent'),
  'programme.not-open-yet': {
    properties: {
      reason: { type: 'string', enum: ['not-open-yet'] },
      opensAt: { ...instant, description: 'When the call opens.' },
      acceptedAt: { ...instant, description: 'When the gateway accepted the submission.' },
    },
    required: ['reason', 'opensAt', 'acceptedAt'],
  },
  'programme.closed': {
    properties: {
      reason: { type: 'string', enum: ['closed'] },
      closesAt: { ...instant, description: 'When the call closed.' },
      acceptedAt: { ...instant, description: 'When the gateway accepted the submission (on submission only).' },
    },
    required: ['reason', 'closesAt'],
  },
};

/** One invalid or missing field. */
export const fieldErrorSchema: SchemaObject = {
  type: 'object',
  properties: {
    field: { type: 'string', description: 'A dotted path (`organisation.siren`); empty for the body itself.' },
    code: { type: 'string', description: 'A stable code: the validator’s name (`isIn`, `unknownField`, `required`…).' },
    message: { type: 'string', description: 'For people, in the language of `Accept-Language`.' },
  },
  required: ['field', 'code', 'message'],
};

/** The RFC 9457 problem a code answers, every member described. */
export function problemSchema(code: ProblemCode): SchemaObject {
  const error = errorCodeOf(code);
  const extensions = EXTENSIONS[code] ?? {};
  const errors: Record<string, SchemaObject | ReferenceObject> = extensions.errors
    ? { errors: { type: 'array', items: { $ref: `${SCHEMAS}FieldError` }, description: 'Every field at fault.' } }
    : {};
  return {
    type: 'object',
    description: isReason(code) ? Reasons[code].en : ERROR_HTTP[error].title,
    properties: {
      ...(extensions.properties ?? {}),
      type: { type: 'string', format: 'uri', enum: [`${PROBLEM_TYPE_BASE}${error}`] },
      title: { type: 'string', enum: [ERROR_HTTP[error].title] },
      status: { type: 'integer', enum: [ERROR_HTTP[error].status] },
      detail: { type: 'string', description: 'What went wrong, for people.' },
      code: { type: 'string', enum: [code], description: 'Act on this one (docs/errors.md).' },
      instance: { type: 'string', description: 'The path of the request.' },
      correlationId: { type: 'string', description: 'Quote it when you report a problem.' },
      ...errors,
    },
    required: [
      ...(extensions.required ?? []),
      'type',
      'title',
      'status',
      'detail',
      'code',
      'instance',
      'correlationId',
      ...(extensions.errors === 'always' ? ['errors'] : []),
    ],
  };
}

/** The schema of one status's problems: the code's component, or one of several told apart by `code`. */
export function problemsSchema(codes: readonly ProblemCode[]): SchemaObject | ReferenceObject {
  const refs = [...new Set(codes)].sort().map((code) => ({ $ref: `${SCHEMAS}${problemSchemaName(code)}` }));
  if (refs.length === 1) return refs[0];
  return {
    oneOf: refs,
    discriminator: {
      propertyName: 'code',
      mapping: Object.fromEntries(
        [...new Set(codes)].sort().map((code) => [code, `${SCHEMAS}${problemSchemaName(code)}`]),
      ),
    },
  };
}

/** The sentence a response gives for its codes, one line each. */
export function problemsDescription(codes: readonly ProblemCode[]): string {
  return [...new Set(codes)]
    .sort()
    .map((code) => `\`${code}\`: ${isReason(code) ? Reasons[code].en : ERROR_HTTP[errorCodeOf(code)].title}`)
    .join('\n\n');
}

/** Headers a problem response carries beyond `X-Correlation-Id`. */
/** The problems answered with `Retry-After`. */
const RETRY_LATER: readonly ProblemCode[] = [ErrorCode.Unavailable, 'request.rate-limited', 'idempotency.in-progress'];

export function problemHeaders(codes: readonly ProblemCode[]): Record<string, HeaderObject | ReferenceObject> {
  const retrying = codes.filter((code) => RETRY_LATER.includes(code));
  if (retrying.length === 0) return {};
  // Sent with every problem of this status, or only with some (409 idempotency.in-progress).
  const header = retrying.length === codes.length ? 'RetryAfter' : 'RetryAfterSometimes';
  return { 'Retry-After': { $ref: `#/components/headers/${header}` } };
}
