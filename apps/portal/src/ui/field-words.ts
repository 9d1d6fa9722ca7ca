import { isFieldErrorCode } from '@pollen/contracts/browser';
import type { TFunction } from 'i18next';

import type { FieldError } from '../api/problem';

/**
 * A field error in the page's words when its code is one every service shares: shown beside the
 * field, it need not name it, as the API's message does (« capacityPerMonth doit être… »).
 */
export const fieldErrorInWords =
  (t: TFunction) =>
  (error: FieldError): string | undefined =>
    isFieldErrorCode(error.code) ? t(`codes.fieldError.${error.code}`) : undefined;
