import { HttpStatus } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@pollen/contracts';

/** RFC 9457 problem details, as every 4xx/5xx of the API answers them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://pollen.dev/problems/';

/** The one mapping from the error catalogue to HTTP. Exhaustive: a new code fails to compile here. */
export function httpStatusOf(code: ErrorCode): HttpStatus {
  switch (code) {
    case ErrorCode.ValidationFailed:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.Conflict:
      return HttpStatus.CONFLICT;
    case ErrorCode.PreconditionFailed:
      return HttpStatus.PRECONDITION_FAILED;
    case ErrorCode.PayloadTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case ErrorCode.UnsupportedMediaType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case ErrorCode.Unprocessable:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ErrorCode.PreconditionRequired:
      return HttpStatus.PRECONDITION_REQUIRED;
    case ErrorCode.TooManyRequests:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.Unavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case ErrorCode.Internal:
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}

const TITLES: Record<ErrorCode, string> = {
  [ErrorCode.ValidationFailed]: 'Invalid request',
  [ErrorCode.Unauthenticated]: 'Authentication required',
  [ErrorCode.Forbidden]: 'Not allowed',
  [ErrorCode.NotFound]: 'Not found',
  [ErrorCode.Conflict]: 'Conflict',
  [ErrorCode.PreconditionFailed]: 'Precondition failed',
  [ErrorCode.PayloadTooLarge]: 'Request body too large',
  [ErrorCode.UnsupportedMediaType]: 'Unsupported media type',
  [ErrorCode.Unprocessable]: 'Request cannot be processed',
  [ErrorCode.PreconditionRequired]: 'Precondition required',
  [ErrorCode.TooManyRequests]: 'Too many requests',
  [ErrorCode.Unavailable]: 'Service unavailable',
  [ErrorCode.Internal]: 'Internal error',
};

export function problemOf(
  code: ErrorCode,
  detail: string,
  extras: { errors?: FieldError[]; details?: Record<string, unknown>; instance?: string; correlationId?: string } = {},
): ProblemDetails {
  return {
    // Extensions first: they never override the members RFC 9457 defines.
    ...(extras.details ?? {}),
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: TITLES[code],
    status: httpStatusOf(code),
    detail,
    ...(extras.instance ? { instance: extras.instance } : {}),
    ...(extras.correlationId ? { correlationId: extras.correlationId } : {}),
    ...(extras.errors ? { errors: extras.errors } : {}),
  };
}
