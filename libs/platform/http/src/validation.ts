import { ValidationPipe } from '@nestjs/common';
import { DomainException } from '@pollen/contracts';
import { fieldErrorsOf } from '@pollen/platform/kafka';

/**
 * How deeply objects and arrays may nest in a request body, the body itself being level 1: no
 * request needs more than a few, and validation (class-transformer) recurses, so a few thousand
 * levels would overflow its stack. The JSON body parser refuses deeper bodies before validation.
 */
export const MAX_BODY_DEPTH = 32;

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
