import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const OperationsReasons = defineReasons({
  'dead-letter.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such dead letter.',
    fr: 'Cette lettre morte n’existe pas.',
  },
  'dead-letter.not-replayable': {
    error: ErrorCode.Conflict,
    en: 'Only event dead letters can be replayed: a request’s caller was answered long ago, and an erased message is gone.',
    fr: 'Seules les lettres mortes d’événements peuvent être rejouées : l’appelant d’une requête a reçu sa réponse depuis longtemps, et un message effacé n’existe plus.',
  },
  'timeline.not-found': {
    error: ErrorCode.NotFound,
    en: 'No event about this application has reached the operations service.',
    fr: 'Aucun événement concernant cette candidature n’est parvenu au service d’exploitation.',
  },
  'dead-letter.changed-concurrently': {
    error: ErrorCode.Conflict,
    en: 'The dead letter changed meanwhile; read it again.',
    fr: 'La lettre morte a changé entre-temps ; relisez-la.',
  },
});
