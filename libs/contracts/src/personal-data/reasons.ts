import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const PersonalDataReasons = defineReasons({
  'export.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such export of your data, or it expired (exports are kept 7 days).',
    fr: 'Cet export de vos données n’existe pas ou a expiré (les exports sont conservés 7 jours).',
  },
  'erasure.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such erasure, or the receipt does not match it.',
    fr: 'Cet effacement n’existe pas, ou le reçu ne lui correspond pas.',
  },
  'erasure.receipt-required': {
    error: ErrorCode.Unauthenticated,
    en: 'Show the erasure’s receipt: Authorization: Receipt <token>.',
    fr: 'Présentez le reçu de l’effacement : Authorization: Receipt <jeton>.',
  },
});
