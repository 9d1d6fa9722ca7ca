import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const ProgrammeReasons = defineReasons({
  'programme.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such programme.',
    fr: 'Ce programme n’existe pas.',
  },
  'programme.unknown': {
    error: ErrorCode.Unprocessable,
    en: 'The application names a programme that does not exist.',
    fr: 'La candidature désigne un programme qui n’existe pas.',
  },
  'programme.id-taken': {
    error: ErrorCode.Conflict,
    en: 'This programme id is already taken.',
    fr: 'Cet identifiant de programme est déjà pris.',
  },
  'programme.changed-concurrently': {
    error: ErrorCode.Conflict,
    en: 'The programme changed meanwhile; read it again.',
    fr: 'Le programme a changé entre-temps ; relisez-le.',
  },
  'programme.not-open-yet': {
    error: ErrorCode.Unprocessable,
    en: 'The call for applications is not open yet.',
    fr: 'L’appel à candidatures n’est pas encore ouvert.',
  },
  'programme.closed': {
    error: ErrorCode.Unprocessable,
    en: 'The call for applications is closed.',
    fr: 'L’appel à candidatures est clos.',
  },
  'programme.budget-exceeded': {
    error: ErrorCode.Conflict,
    en: 'The programme’s remaining budget does not cover this amount.',
    fr: 'Le budget restant du programme ne couvre pas ce montant.',
  },
  'programme.budget-below-committed': {
    error: ErrorCode.Conflict,
    en: 'The budget cannot go below what decisions have committed or holds reserve.',
    fr: 'Le budget ne peut pas descendre sous ce que les décisions engagent ou que les réservations retiennent.',
  },
});
