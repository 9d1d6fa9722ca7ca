import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A SIREN is 9 digits whose Luhn checksum is 0 (docs/domain.md). */
export function isValidSiren(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(value[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function IsSiren(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSiren',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a SIREN: 9 digits with a valid check digit', ...options },
      validator: { validate: isValidSiren },
    });
}
