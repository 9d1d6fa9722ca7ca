import { type ReasonCode, Reasons } from '../catalogue/reasons';
import { ErrorCode, type FieldError } from './error-code';

export interface DomainExceptionExtras {
  errors?: FieldError[];
  details?: Record<string, unknown>;
}

const isReason = (code: ErrorCode | ReasonCode): code is ReasonCode => Object.hasOwn(Reasons, code);

/**
 * The one exception a use case throws: a reason code from the catalogue (or, when nothing more
 * precise applies, a generic code). The edges map it once: to problem+json over HTTP, to a reply
 * over request–reply. Services subclass it in their `src/errors/`; never throw an HTTP exception.
 */
export class DomainException extends Error {
  readonly code: ErrorCode;
  readonly reason?: ReasonCode;

  constructor(
    codeOrReason: ErrorCode | ReasonCode,
    message?: string,
    readonly extras: DomainExceptionExtras = {},
  ) {
    const reason = isReason(codeOrReason) ? codeOrReason : undefined;
    super(message ?? (reason ? Reasons[reason].en : codeOrReason));
    this.name = new.target.name;
    this.code = reason ? Reasons[reason].error : (codeOrReason as ErrorCode);
    this.reason = reason;
  }

  static validation(errors: FieldError[], message = 'The request is not valid'): DomainException {
    return new DomainException(ErrorCode.ValidationFailed, message, { errors });
  }
}
