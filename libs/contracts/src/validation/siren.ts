import { registerDecorator, type ValidationOptions } from 'class-validator';

import { isValidSiren } from './siren-check';

export { isValidSiren };

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
