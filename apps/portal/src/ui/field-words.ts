import { type FieldErrorCode, isFieldErrorCode } from '@pollen/contracts/browser';
import type { TFunction } from 'i18next';

import type { FieldError } from '../api/problem';

/**
 * Codes whose rule writes its own message (a pattern's « must be an http(s) URL », a consent's
 * « signing needs your consent »): the API's message says more than any word for the code.
 */
const OWN_MESSAGE = ['matches', 'equals'] as const satisfies readonly FieldErrorCode[];

/** The shared codes the portal words itself (`codes.fieldError`, checked complete by the compiler). */
export type WordedFieldErrorCode = Exclude<FieldErrorCode, (typeof OWN_MESSAGE)[number]>;

const isWorded = (code: string): code is WordedFieldErrorCode =>
  isFieldErrorCode(code) && !(OWN_MESSAGE as readonly string[]).includes(code);

/**
 * A field error in the page's words when its code is one every service shares: shown beside the
 * field, it need not name it, as the API's message does (« capacityPerMonth doit être… »).
 */
export const fieldErrorInWords =
  (t: TFunction) =>
  (error: FieldError): string | undefined =>
    isWorded(error.code) ? t(`codes.fieldError.${error.code}`) : undefined;
