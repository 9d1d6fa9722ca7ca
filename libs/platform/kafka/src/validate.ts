import { DomainException, type FieldError, fieldError } from '@pollen/contracts';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';

/** class-validator errors as a flat list of `{field, code, message}`, nested paths dotted. */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) =>
      code === 'whitelistValidation'
        ? fieldError(field, 'unknownField', `${field} is not a known field`)
        : { field, code, message },
    );
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/**
 * Validates an instance of a catalogue class. Strict (the default) refuses unknown fields, as the
 * gateway does for HTTP bodies; tolerant lets them through, as a reader of events must. The
 * instance is always built from its class, so a class with no rule at all (`NoData`) is fine.
 */
export async function validationErrorsOf(instance: object, { tolerant = false } = {}): Promise<ValidationError[]> {
  return validate(instance, {
    whitelist: !tolerant,
    forbidNonWhitelisted: !tolerant,
    forbidUnknownValues: false,
  });
}

/**
 * Validates plain data against a contract DTO with the same whitelist as the gateway, returning
 * the typed instance or throwing a validation DomainException that lists every invalid field.
 */
export async function validateOrThrow<T extends object>(dto: new () => T, data: unknown): Promise<T> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw DomainException.validation([fieldError('', 'isObject', 'the body must be a JSON object')]);
  }
  const instance = plainToInstance(dto, data);
  const errors = await validationErrorsOf(instance);
  if (errors.length > 0) throw DomainException.validation(fieldErrorsOf(errors));
  return instance;
}
