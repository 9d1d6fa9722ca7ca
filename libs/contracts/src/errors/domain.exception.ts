import { ErrorCode, type FieldError } from './error-code';

/**
 * The one exception a use case throws. Its code comes from the catalogue; the edges map it once:
 * to problem+json over HTTP, to a reply over request–reply. Never throw an HTTP exception from a
 * use case.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extras: { errors?: FieldError[]; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'DomainException';
  }

  static validation(errors: FieldError[], message = 'The request is not valid'): DomainException {
    return new DomainException(ErrorCode.ValidationFailed, message, { errors });
  }
}
