import { type FieldError, type FieldErrorCode, isFieldErrorCode, type Locale } from '@pollen/contracts';

import { MAX_BODY_DEPTH } from './validation';

/**
 * French sentences for the field-error codes of the API. English messages come from the
 * validators themselves; French ones from here, keyed by the same stable codes.
 */
const FRENCH: Record<FieldErrorCode, (field: string) => string> = {
  unknownField: (f) => `${f} n’est pas un champ connu`,
  isNotEmpty: (f) => `${f} ne doit pas être vide`,
  isString: (f) => `${f} doit être une chaîne de caractères`,
  isLength: (f) => `${f} n’a pas la longueur attendue`,
  isHexadecimal: (f) => `${f} doit être écrit en hexadécimal`,
  isUuid: (f) => `${f} doit être un UUID`,
  isIp: (f) => `${f} doit être une adresse IP`,
  isDefined: (f) => `${f} est obligatoire`,
  equals: (f) => `${f} n’a pas la valeur requise`,
  isSiren: (f) => `${f} doit être un SIREN : 9 chiffres avec une clé de contrôle valide`,
  isIn: (f) => `${f} doit être l’une des valeurs autorisées`,
  isInt: (f) => `${f} doit être un nombre entier`,
  isNumber: (f) => `${f} doit être un nombre`,
  min: (f) => `${f} est inférieur au minimum autorisé`,
  max: (f) => `${f} dépasse le maximum autorisé`,
  notBelow: (f) => `${f} ne doit pas être inférieur au minimum`,
  minLength: (f) => `${f} est trop court`,
  maxLength: (f) => `${f} est trop long`,
  isEmail: (f) => `${f} doit être une adresse e-mail`,
  isBoolean: (f) => `${f} doit valoir true ou false`,
  isArray: (f) => `${f} doit être une liste`,
  arrayUnique: (f) => `${f} ne doit pas contenir de doublons`,
  arrayMaxSize: (f) => `${f} contient trop d’éléments`,
  arrayMinSize: (f) => `${f} ne contient pas assez d’éléments`,
  arrayNotEmpty: (f) => `${f} ne doit pas être vide`,
  isIso8601: (f) => `${f} doit être une date au format ISO 8601`,
  isDateString: (f) => `${f} doit être une date au format ISO 8601`,
  offsetRequired: (f) =>
    `${f} doit être une date (AAAA-MM-JJ, heure de Paris) ou une date-heure avec son décalage (Z ou ±hh:mm)`,
  matches: (f) => `${f} n’a pas le format attendu`,
  nestedValidation: (f) => `${f} doit être un objet`,
  isObject: (f) => `${f || 'Le corps de la requête'} doit être un objet JSON`,
  maxDepth: (f) => `${f} est imbriqué au-delà de ${MAX_BODY_DEPTH} niveaux`,
  immutable: (f) => `${f} ne peut pas être modifié ; commencez une nouvelle candidature`,
  unknownProgramme: (f) => `${f} ne désigne aucun programme`,
  invalidCursor: (f) => `${f} n’est pas un curseur donné par cette API`,
  afterOpensAt: () => 'closesAt doit être postérieure à opensAt',
  atLeastMinAmount: () => 'eligibility.maxAmountCents ne doit pas être inférieur à eligibility.minAmountCents',
  sharesAddUpTo100: (f) => `les parts des ${f} (sharePercent) doivent faire 100 au total`,
  required: (f) => `${f} est obligatoire`,
  notRemovable: (f) => `${f} ne peut pas être retiré ; pour retirer le consentement, mettez shareWithInvestors à false`,
  requiredWithConsentChange: (f) =>
    `${f} est requis avec un changement de consentement : la version de la notice affichée`,
  requiredWithoutRequest: (f) => `${f} est requis : la candidature ne demande aucun montant`,
  requiredWithoutCookie: (f) => `${f} est requis sans le cookie de session`,
  requiredForSubmission: (f) => `${f} est requis pour déposer la candidature`,
  atMostRequested: (f) => `${f} ne doit pas dépasser le montant demandé`,
  onlyWhenFunded: (f) => `${f} ne s’applique qu’à une décision de financement`,
  requiredWithInvestor: (f) => `${f} doit désigner la mise en relation du financeur`,
  onlyWithInvestor: (f) => `${f} ne s’applique qu’au financement par un financeur`,
  notForInstrument: (f) => `${f} ne s’applique pas à cet instrument de financement`,
  belowDuration: (f) => `${f} doit être inférieur à la durée demandée`,
};

/** Field errors in the caller's language (French by default). Unknown codes keep their message. */
export function localiseFieldErrors(errors: FieldError[], locale: Locale): FieldError[] {
  if (locale === 'en') return errors;
  return errors.map((error) => {
    return isFieldErrorCode(error.code) ? { ...error, message: FRENCH[error.code](error.field) } : error;
  });
}

export const VALIDATION_DETAIL: Record<Locale, string> = {
  fr: 'La requête n’est pas valide',
  en: 'The request is not valid',
};
