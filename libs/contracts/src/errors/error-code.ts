/**
 * The error catalogue: every code a service may answer with. The gateway maps each code to an
 * HTTP status and a problem type in one exhaustive switch (libs/platform/http).
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

/** One invalid field: a JSON path (`organisation.siren`), a stable code, a sentence for people. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}
