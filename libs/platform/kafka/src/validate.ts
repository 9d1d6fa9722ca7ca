import { DomainException, type FieldError } from '@pollen/contracts';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';

/** class-validator errors as a flat list of `{field, code, message}`, nested paths dotted. */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) =>
      code === 'whitelistValidation'
        ? { field, code: 'unknownField', message: `${field} is not a known field` }
        : { field, code, message },
    );
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/**
 * Validates plain data against a contract DTO with the same whitelist as the gateway (unknown
 * fields refused), returning the typed instance or throwing a validation DomainException that
 * lists every invalid field.
 */
export async function validateOrThrow<T extends object>(dto: new () => T, data: unknown): Promise<T> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw DomainException.validation([{ field: '', code: 'isObject', message: 'the body must be a JSON object' }]);
  }
  const instance = plainToInstance(dto, data);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) throw DomainException.validation(fieldErrorsOf(errors));
  return instance;
}
