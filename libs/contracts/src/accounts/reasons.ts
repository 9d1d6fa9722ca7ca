import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const AccountReasons = defineReasons({
  'account.email-taken': {
    error: ErrorCode.Conflict,
    en: 'An account with this e-mail already exists.',
    fr: 'Un compte existe déjà avec cette adresse e-mail.',
  },
  'account.changed-concurrently': {
    error: ErrorCode.Conflict,
    en: 'The account changed meanwhile; try again.',
    fr: 'Le compte a changé entre-temps ; réessayez.',
  },
  'account.gone': {
    error: ErrorCode.Unauthenticated,
    en: 'This account no longer exists.',
    fr: 'Ce compte n’existe plus.',
  },
  'auth.invalid-credentials': {
    error: ErrorCode.Unauthenticated,
    en: 'E-mail or password is incorrect.',
    fr: 'Adresse e-mail ou mot de passe incorrect.',
  },
  'auth.session-ended': {
    error: ErrorCode.Unauthenticated,
    en: 'This session has ended; sign in again.',
    fr: 'Cette session est terminée ; reconnectez-vous.',
  },
  'auth.origin-not-allowed': {
    error: ErrorCode.Forbidden,
    en: 'A browser session is used only from the portal: this request’s Origin is not one it allows.',
    fr: 'Une session de navigateur ne s’utilise que depuis le portail : l’origine (Origin) de cette requête n’est pas admise.',
  },
});
