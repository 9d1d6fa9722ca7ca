import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const InvestorReasons = defineReasons({
  'investor.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such investor.',
    fr: 'Cet investisseur n’existe pas.',
  },
  'investor.illegal-transition': {
    error: ErrorCode.Conflict,
    en: 'The investor’s vetting status does not allow this.',
    fr: 'Le statut de vérification de l’investisseur ne le permet pas.',
  },
  'investor.version-mismatch': {
    error: ErrorCode.PreconditionFailed,
    en: 'The profile changed since you read it; read it again.',
    fr: 'Le profil a changé depuis votre lecture ; relisez-le.',
  },
  'investor.changed-concurrently': {
    error: ErrorCode.Conflict,
    en: 'The investor changed meanwhile; read it again.',
    fr: 'L’investisseur a changé entre-temps ; relisez-le.',
  },
  'investor.not-approved': {
    error: ErrorCode.Forbidden,
    en: 'Only approved investors see deal-flow; yours is pending, rejected or suspended.',
    fr: 'Seuls les investisseurs approuvés voient les projets proposés ; votre compte est en attente, refusé ou suspendu.',
  },
  'investor.investors-only': {
    error: ErrorCode.Forbidden,
    en: 'Only investors have an investor profile.',
    fr: 'Seuls les investisseurs ont un profil d’investisseur.',
  },
});
