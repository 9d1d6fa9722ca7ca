import type { FieldError } from './error-code';

/**
 * The field-error codes any service may give (`errors[].code` of a problem): class-validator's
 * constraint names and our own. The gateway words them in French, the portal beside its fields;
 * both are checked complete against this list, and the list against every rule of the contracts
 * (its spec). The services' own codes are here too, given through `fieldError`, so none goes
 * unworded. (A template's variables are checked against the JSON Schema its author wrote: those
 * errors carry the schema's keyword and Ajv's message; `required` is one.)
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
  'sharesAddUpTo100',
  'required',
  'notRemovable',
  'requiredWithConsentChange',
  'requiredWithoutRequest',
  'requiredWithoutCookie',
  'requiredForSubmission',
  'atMostRequested',
  'onlyWhenFunded',
  'requiredWithInvestor',
  'onlyWithInvestor',
  'notForInstrument',
  'belowDuration',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export const isFieldErrorCode = (code: string): code is FieldErrorCode =>
  (FIELD_ERROR_CODES as readonly string[]).includes(code);

/** A service's own field error: its code one of the list, so the gateway and the portal word it. */
export const fieldError = (field: string, code: FieldErrorCode, message: string): FieldError => ({
  field,
  code,
  message,
});
