import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const AccountReasons = defineReasons({
  'account.email-taken': {
    error: ErrorCode.Conflict,
    en: 'An account with this e-mail already exists.',
    fr: 'Un compte existe déjà avec cette adresse e-mail.',
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
});
