import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainException, type FieldError } from '@pollen/contracts';

/** class-validator errors as a flat list of `{field, code, message}`, nested paths dotted. */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({
      field,
      code: code === 'whitelistValidation' ? 'unknownField' : code,
      message: code === 'whitelistValidation' ? `${field} is not a known field` : message,
    }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/**
 * Bodies are validated against a whitelist: unknown fields are refused (never stripped silently),
 * every invalid field is reported at once, and nothing unvalidated reaches a service.
 */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainException.validation(fieldErrorsOf(errors)),
  });
}
