import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const MatchReasons = defineReasons({
  'match.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such match among yours.',
    fr: 'Cette mise en relation ne fait pas partie des vôtres.',
  },
  'match.illegal-transition': {
    error: ErrorCode.Conflict,
    en: 'The match’s status does not allow this.',
    fr: 'Le statut de la mise en relation ne le permet pas.',
  },
  'match.no-longer-qualifies': {
    error: ErrorCode.Conflict,
    en: 'The application or the investor no longer qualifies for this match (withdrawn, decided, consent withdrawn, suspended or paused); it is being retracted.',
    fr: 'La candidature ou l’investisseur ne remplit plus les conditions de cette mise en relation (retrait, décision, consentement retiré, suspension ou pause) ; elle va être retirée.',
  },
  'match.application-outdated': {
    error: ErrorCode.Conflict,
    en: 'Matching’s copy of this application predates introductions (no SIREN or purpose); an operator must rebuild it (docs/operations.md).',
    fr: 'La copie de cette candidature tenue par le service de mise en relation est antérieure aux mises en relation (sans SIREN ni objet) ; un opérateur doit la reconstruire (docs/operations.md).',
  },
  'match.changed-concurrently': {
    error: ErrorCode.Conflict,
    en: 'The match changed meanwhile; read it again.',
    fr: 'La mise en relation a changé entre-temps ; relisez-la.',
  },
});
