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
  'match.changed-concurrently': {
    error: ErrorCode.Conflict,
    en: 'The match changed meanwhile; read it again.',
    fr: 'La mise en relation a changé entre-temps ; relisez-la.',
  },
});
