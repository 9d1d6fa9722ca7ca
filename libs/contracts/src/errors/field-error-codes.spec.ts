import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

import * as contracts from '../index';
import { FIELD_ERROR_CODES } from './field-error-codes';

/** The code each rule of a contract class gives when it fails (fieldErrorsOf's `code`). */
function codesOfEveryRule(): Set<string> {
  const storage = getMetadataStorage();
  // class-validator keeps its rules private; a test may read them to see every contract at once.
  const rules = (storage as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> }).validationMetadatas;
  const codeOf = (rule: ValidationMetadata): string | undefined => {
    switch (rule.type) {
      case ValidationTypes.CUSTOM_VALIDATION:
        return storage.getTargetValidatorConstraints(rule.constraintCls)[0]?.name;
      case ValidationTypes.NESTED_VALIDATION:
      case ValidationTypes.IS_DEFINED:
        return rule.type;
      case ValidationTypes.WHITELIST:
        return 'unknownField';
      default:
        return undefined; // ValidateIf and the like mark a property, they never fail
    }
  };
  return new Set([...rules.values()].flat().flatMap((rule) => codeOf(rule) ?? []));
}

describe('the field-error codes every service shares', () => {
  it('name every rule of the contracts’ classes, so the gateway and the portal have words for each', () => {
    expect(Object.keys(contracts).length).toBeGreaterThan(0); // every contract class loaded
    const missing = [...codesOfEveryRule()].filter((code) => !(FIELD_ERROR_CODES as readonly string[]).includes(code));
    expect(missing).toEqual([]);
  });
});
