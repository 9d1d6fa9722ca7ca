import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const ApplicationReasons = defineReasons({
  'application.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such application, or not one you may see.',
    fr: 'Cette candidature n’existe pas, ou vous ne pouvez pas la voir.',
  },
  'application.id-taken': {
    error: ErrorCode.Conflict,
    en: 'This application id is already taken.',
    fr: 'Cet identifiant de candidature est déjà pris.',
  },
  'application.duplicate-active': {
    error: ErrorCode.Conflict,
    en: 'You already have an active application to this programme for this SIREN.',
    fr: 'Vous avez déjà une candidature active à ce programme pour ce SIREN.',
  },
  'application.version-mismatch': {
    error: ErrorCode.PreconditionFailed,
    en: 'The application changed since you read it; read it again.',
    fr: 'La candidature a changé depuis votre lecture ; relisez-la.',
  },
  'application.changed-concurrently': {
    error: ErrorCode.Conflict,
    en: 'The application changed meanwhile; read it again.',
    fr: 'La candidature a changé entre-temps ; relisez-la.',
  },
  'application.incomplete': {
    error: ErrorCode.Unprocessable,
    en: 'The application is incomplete.',
    fr: 'La candidature est incomplète.',
  },
  'application.not-draft': {
    error: ErrorCode.Conflict,
    en: 'Only a draft can be edited or submitted.',
    fr: 'Seul un brouillon peut être modifié ou déposé.',
  },
  'application.not-submitted': {
    error: ErrorCode.Conflict,
    en: 'Only a submitted application can be screened.',
    fr: 'Seule une candidature déposée peut être examinée.',
  },
  'application.not-withdrawable': {
    error: ErrorCode.Conflict,
    en: 'The application has reached a final status and cannot be withdrawn.',
    fr: 'La candidature a atteint un statut final et ne peut plus être retirée.',
  },
  'application.not-eligible': {
    error: ErrorCode.Conflict,
    en: 'Only an eligible application, or one already in discussion, can start a discussion with an investor.',
    fr: 'Seule une candidature éligible, ou déjà en discussion, peut entrer en discussion avec un investisseur.',
  },
  'application.not-decidable': {
    error: ErrorCode.Conflict,
    en: 'A decision needs an eligible application, or one in discussion.',
    fr: 'Une décision exige une candidature éligible ou en discussion.',
  },
  'application.consent-not-grantable': {
    error: ErrorCode.Conflict,
    en: 'The application has reached a final status: consent to show it to investors can only be withdrawn.',
    fr: 'La candidature a atteint un statut final : le consentement à la montrer aux investisseurs ne peut plus qu’être retiré.',
  },
  'application.investors-use-deal-flow': {
    error: ErrorCode.Forbidden,
    en: 'Investors see applications through their deal-flow.',
    fr: 'Les investisseurs voient les candidatures dans leur flux d’opportunités.',
  },
  'decision.investor-funding-unavailable': {
    error: ErrorCode.Unprocessable,
    en: 'Investor funding names an accepted introduction of this application (`matchId`).',
    fr: 'Un financement par un investisseur désigne une mise en relation acceptée de cette candidature (`matchId`).',
  },
  'decision.budget-hold-required': {
    error: ErrorCode.Conflict,
    en: 'A decision the programme funds needs a hold on its budget for this application, taken in the last 10 minutes.',
    fr: 'Une décision financée par le programme exige une réservation de son budget pour cette candidature, prise dans les 10 dernières minutes.',
  },
});
