import { ErrorCode } from './error-code';
import { defineReasons } from './reason';

/** Reasons of the HTTP edge and of access rules, shared by every domain. */
export const RequestReasons = defineReasons({
  'request.if-match-required': {
    error: ErrorCode.PreconditionRequired,
    en: 'This change needs If-Match with the ETag you read.',
    fr: 'Cette modification exige If-Match avec l’ETag lu.',
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
