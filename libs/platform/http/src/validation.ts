import { ValidationPipe } from '@nestjs/common';
import { DomainException } from '@pollen/contracts';
import { fieldErrorsOf } from '@pollen/platform/kafka';

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
