import { ErrorCode } from '../errors/error-code';
import { defineReasons } from '../errors/reason';

export const LegalTemplateReasons = defineReasons({
  'template.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such template, or no such version of it.',
    fr: 'Ce modèle, ou cette version du modèle, n’existe pas.',
  },
  'template.key-taken': {
    error: ErrorCode.Conflict,
    en: 'A template already has this key; add a version to it instead.',
    fr: 'Un modèle porte déjà cette clé ; ajoutez-lui plutôt une version.',
  },
  'template.version-not-newer': {
    error: ErrorCode.Conflict,
    en: 'A new version must be newer than the template’s latest.',
    fr: 'Une nouvelle version doit être plus récente que la dernière du modèle.',
  },
  'template.published': {
    error: ErrorCode.Conflict,
    en: 'A published version never changes; add a new version instead.',
    fr: 'Une version publiée ne change plus ; ajoutez plutôt une nouvelle version.',
  },
  'template.changed-concurrently': {
    error: ErrorCode.Conflict,
    en: 'The template version changed meanwhile; read it again.',
    fr: 'La version du modèle a changé entre-temps ; relisez-la.',
  },
  'template.unsupported-markup': {
    error: ErrorCode.Unprocessable,
    en: 'A body uses markup outside the subset documents are made of (docs/legal-templates.md).',
    fr: 'Un corps utilise un balisage hors du sous-ensemble dont sont faits les documents (docs/legal-templates.md).',
  },
  'template.locales-disagree': {
    error: ErrorCode.Unprocessable,
    en: 'The French and English bodies read different variables, or variables the schema does not declare.',
    fr: 'Les corps français et anglais lisent des variables différentes, ou des variables que le schéma ne déclare pas.',
  },
  'template.body-too-large': {
    error: ErrorCode.Unprocessable,
    en: 'A body is larger than 200 kB.',
    fr: 'Un corps dépasse 200 ko.',
  },
  'template.invalid-liquid': {
    error: ErrorCode.Unprocessable,
    en: 'A body is not valid Liquid.',
    fr: 'Un corps n’est pas du Liquid valide.',
  },
  'template.invalid-schema': {
    error: ErrorCode.Unprocessable,
    en: 'The schema of the variables is not a valid JSON Schema.',
    fr: 'Le schéma des variables n’est pas un JSON Schema valide.',
  },
  'template.invalid-variables': {
    error: ErrorCode.Unprocessable,
    en: 'The variables do not match the template’s schema.',
    fr: 'Les variables ne correspondent pas au schéma du modèle.',
  },
  'document.not-found': {
    error: ErrorCode.NotFound,
    en: 'No such document.',
    fr: 'Ce document n’existe pas.',
  },
  'document.hash-mismatch': {
    error: ErrorCode.PreconditionFailed,
    en: 'The hash given is not the one of the document’s French PDF: sign what you have read.',
    fr: 'L’empreinte donnée n’est pas celle du PDF français du document : signez ce que vous avez lu.',
  },
  'document.already-signed': {
    error: ErrorCode.Conflict,
    en: 'Your party has already signed this document.',
    fr: 'Votre partie a déjà signé ce document.',
  },
  'document.not-signable': {
    error: ErrorCode.Conflict,
    en: 'Only the French version of an agreement between parties is signed.',
    fr: 'Seule la version française d’un accord entre parties se signe.',
  },
  'template.render-failed': {
    error: ErrorCode.Unprocessable,
    en: 'The template could not be rendered with these variables within its limits.',
    fr: 'Le modèle n’a pas pu être rendu avec ces variables dans ses limites.',
  },
});
