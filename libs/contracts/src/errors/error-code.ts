/**
 * The generic error codes: every reply error and every problem+json has one. Each fixes the HTTP
 * status; a reason code (errors/reason.ts) says more precisely what went wrong.
 */
export enum ErrorCode {
  ValidationFailed = 'validation-failed',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not-found',
  Conflict = 'conflict',
  PreconditionRequired = 'precondition-required',
  PreconditionFailed = 'precondition-failed',
  Unprocessable = 'unprocessable',
  PayloadTooLarge = 'payload-too-large',
  UnsupportedMediaType = 'unsupported-media-type',
  TooManyRequests = 'too-many-requests',
  Unavailable = 'unavailable',
  Internal = 'internal',
}

/** The one mapping from a generic code to HTTP: a new code without its status fails to compile. */
export const ERROR_HTTP: Record<ErrorCode, { status: number; title: string }> = {
  [ErrorCode.ValidationFailed]: { status: 400, title: 'Invalid request' },
  [ErrorCode.Unauthenticated]: { status: 401, title: 'Authentication required' },
  [ErrorCode.Forbidden]: { status: 403, title: 'Not allowed' },
  [ErrorCode.NotFound]: { status: 404, title: 'Not found' },
  [ErrorCode.Conflict]: { status: 409, title: 'Conflict' },
  [ErrorCode.PreconditionFailed]: { status: 412, title: 'Precondition failed' },
  [ErrorCode.PayloadTooLarge]: { status: 413, title: 'Request body too large' },
  [ErrorCode.UnsupportedMediaType]: { status: 415, title: 'Unsupported media type' },
  [ErrorCode.Unprocessable]: { status: 422, title: 'Request cannot be processed' },
  [ErrorCode.PreconditionRequired]: { status: 428, title: 'Precondition required' },
  [ErrorCode.TooManyRequests]: { status: 429, title: 'Too many requests' },
  [ErrorCode.Unavailable]: { status: 503, title: 'Service unavailable' },
  [ErrorCode.Internal]: { status: 500, title: 'Internal error' },
};

/** One invalid field: a JSON path (`organisation.siren`), a stable code, a sentence for people. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}
