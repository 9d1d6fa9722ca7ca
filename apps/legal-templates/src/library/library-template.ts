import type { CreateLegalTemplateDto } from '@pollen/contracts';

/**
 * A template of the seed library: published at start as version 1.0.0 when missing, with
 * variables a test renders it with in both languages and every format.
 */
export interface LibraryTemplate extends CreateLegalTemplateDto {
  example: Record<string, unknown>;
  /** Words the rendered French and English documents must contain with `example`. */
  expected: { fr: string[]; en: string[] };
}

/** The applicant's organisation as an agreement names it: always registered, so with its SIREN. */
export const ORGANISATION_SCHEMA = {
  type: 'object',
  required: ['name', 'siren'],
  properties: {
    name: { type: 'string', minLength: 1 },
    /** As written in the agreement: « association loi 1901 », « SCIC SAS », « fonds de dotation ». */
    legalForm: { type: 'string', minLength: 1 },
    siren: { type: 'string', pattern: '^[0-9]{9}$' },
  },
} as const;

/**
 * A funder or investor party: a business angel has no SIREN, and a party made from an investor's
 * profile has no legal form; the agreement names what is known.
 */
export const PARTY_SCHEMA = {
  type: 'object',
  required: ['name'],
  properties: ORGANISATION_SCHEMA.properties,
} as const;

/** The date the agreement is made, and where (absent when it is signed electronically). */
export const SIGNING_SCHEMA = {
  type: 'object',
  required: ['date'],
  properties: { date: { type: 'string', format: 'date' }, place: { type: 'string', minLength: 1 } },
} as const;
