import type { ErrorCode } from './error-code';

/**
 * A reason code: what precisely went wrong (`application.not-draft`), stable for clients to act
 * on. Its generic code fixes the HTTP status; the sentences say it to people.
 */
export interface ReasonDefinition {
  error: ErrorCode;
  en: string;
  fr: string;
}

/** Declares one domain's reasons; the codes are the keys, so the compiler knows them. */
export const defineReasons = <const T extends Record<string, ReasonDefinition>>(reasons: T): T => reasons;
