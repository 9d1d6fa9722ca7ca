import { ErrorCode } from './error-code';
import { defineReasons } from './reason';

/** Reasons of the HTTP edge and of access rules, shared by every domain. */
export const RequestReasons = defineReasons({
  'request.if-match-required': {
    error: ErrorCode.PreconditionRequired,
    en: 'This change needs If-Match with the ETag you read.',
    fr: 'Cette modification exige If-Match avec l’ETag lu.',
  },
  'idempotency.key-invalid': {
    error: ErrorCode.ValidationFailed,
    en: 'Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".',
    fr: 'Idempotency-Key doit compter de 1 à 64 lettres, chiffres, « - » ou « _ ».',
  },
  'idempotency.not-supported': {
    error: ErrorCode.ValidationFailed,
    en: 'Idempotency-Key is not accepted here: answers that carry credentials are never stored.',
    fr: 'Idempotency-Key n’est pas accepté ici : les réponses qui portent des identifiants ne sont jamais conservées.',
  },
  'idempotency.in-progress': {
    error: ErrorCode.Conflict,
    en: 'A request with this Idempotency-Key is still in progress; retry later.',
    fr: 'Une requête avec cette Idempotency-Key est encore en cours ; réessayez plus tard.',
  },
  'idempotency.key-reused': {
    error: ErrorCode.Unprocessable,
    en: 'This Idempotency-Key was used for a different request.',
    fr: 'Cette Idempotency-Key a servi à une autre requête.',
  },
  'request.rate-limited': {
    error: ErrorCode.TooManyRequests,
    en: 'Too many requests; retry after the time given in Retry-After.',
    fr: 'Trop de requêtes ; réessayez après le délai indiqué par Retry-After.',
  },
  'auth.token-required': {
    error: ErrorCode.Unauthenticated,
    en: 'A valid access token is required.',
    fr: 'Un jeton d’accès valide est requis.',
  },
  'auth.role-required': {
    error: ErrorCode.Forbidden,
    en: 'Your role does not allow this.',
    fr: 'Votre rôle ne permet pas cette action.',
  },
  'auth.operators-only': {
    error: ErrorCode.Forbidden,
    en: 'Only operators may do this.',
    fr: 'Seuls les opérateurs peuvent faire cela.',
  },
});
