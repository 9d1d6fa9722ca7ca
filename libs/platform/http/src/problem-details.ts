import { ERROR_HTTP, type ErrorCode, type FieldError, type ReasonCode } from '@pollen/contracts';

/** RFC 9457 problem details, as every 4xx/5xx of the API answers them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The reason code when the catalogue has one (docs/errors.md), otherwise the generic code. */
  code: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://pollen.dev/problems/';

/** The HTTP status of a generic code: the one table is in the contracts (ERROR_HTTP). */
export const httpStatusOf = (code: ErrorCode): number => ERROR_HTTP[code].status;

export function problemOf(
  code: ErrorCode,
  detail: string,
  extras: {
    reason?: ReasonCode;
    errors?: FieldError[];
    details?: Record<string, unknown>;
    instance?: string;
    correlationId?: string;
  } = {},
): ProblemDetails {
  return {
    // Extensions first: they never override the members RFC 9457 defines.
    ...(extras.details ?? {}),
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: ERROR_HTTP[code].title,
    status: httpStatusOf(code),
    detail,
    code: extras.reason ?? code,
    ...(extras.instance ? { instance: extras.instance } : {}),
    ...(extras.correlationId ? { correlationId: extras.correlationId } : {}),
    ...(extras.errors ? { errors: extras.errors } : {}),
  };
}
