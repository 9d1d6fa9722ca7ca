/**
 * The field-error codes any service may give (`errors[].code` of a problem): class-validator's
 * constraint names and our own. The gateway words them in French, the portal beside its fields;
 * both are checked complete against this list, and the list against every rule of the contracts
 * (its spec). A use case may add codes of its own
 * (`requiredForSubmission`, `onlyWhenFunded`…): those keep the message their service wrote.
 */
export const FIELD_ERROR_CODES = [
  'unknownField',
  'isNotEmpty',
  'isString',
  'isLength',
  'isHexadecimal',
  'isUuid',
  'isIp',
  'isDefined',
  'equals',
  'isSiren',
  'isIn',
  'isInt',
  'isNumber',
  'min',
  'max',
  'notBelow',
  'minLength',
  'maxLength',
  'isEmail',
  'isBoolean',
  'isArray',
  'arrayUnique',
  'arrayMaxSize',
  'arrayMinSize',
  'arrayNotEmpty',
  'isIso8601',
  'isDateString',
  'offsetRequired',
  'matches',
  'nestedValidation',
  'isObject',
  'maxDepth',
  'immutable',
  'unknownProgramme',
  'invalidCursor',
  'afterOpensAt',
  'atLeastMinAmount',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export const isFieldErrorCode = (code: string): code is FieldErrorCode =>
  (FIELD_ERROR_CODES as readonly string[]).includes(code);
