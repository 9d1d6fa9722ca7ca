import type { LegalDocument } from './document';

/**
 * How long an agreement runs, as its variables said when it was made: a number of months from its
 * signature (a loan's duration, a term sheet's maturity, a confidentiality's years), or a day (a
 * letter of intent's validity, a repayment table's last instalment). Documents made before it was
 * recorded have none: their retention runs from the signature.
 */
export interface AgreementTerm {
  months?: number;
  until?: string;
}

const MONTH_FIELDS = ['durationMonths', 'maturityMonths'] as const;
const YEAR_FIELDS = ['durationYears', 'redeemableAfterYears'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const positive = (value: unknown): value is number => typeof value === 'number' && value > 0;

/** The term the library's variables state, when they state one. */
export function termOf(variables: Record<string, unknown>): AgreementTerm | undefined {
  const months =
    MONTH_FIELDS.map((field) => variables[field]).find(positive) ??
    YEAR_FIELDS.map((field) => variables[field])
      .filter(positive)
      .map((years) => years * 12)[0];
  const schedule = Array.isArray(variables['schedule']) ? (variables['schedule'] as { dueOn?: unknown }[]) : [];
  const days = [variables['validUntil'], ...schedule.map((line) => line?.dueOn)].filter(
    (day): day is string => typeof day === 'string' && DAY.test(day),
  );
  const until = days.sort().at(-1);
  if (months === undefined && until === undefined) return undefined;
  return { ...(months !== undefined ? { months } : {}), ...(until !== undefined ? { until } : {}) };
}

/**
 * Why a signed agreement outlives its party's erasure. Every agreement is evidence of obligations
 * a party may still sue on: personal actions prescribe five years after the holder knew the facts
 * (art. 2224 Code civil), counted here from the agreement's end. An agreement that moves money or
 * securities (a loan, a grant, a guarantee, an issue of securities, a sponsorship with its tax
 * receipt) is also a supporting document of the funder's accounts, kept ten years (art. L123-22
 * Code de commerce): the longer period applies, again from its end, when the last entries are made.
 */
export const RETENTION_RULES = {
  evidence: { years: 5, basis: 'art. 2224 Code civil' },
  accounting: { years: 10, basis: 'art. L123-22 Code de commerce' },
} as const;

export type RetentionRule = keyof typeof RETENTION_RULES;

const addMonths = (at: Date, months: number): Date => {
  const shifted = new Date(at);
  shifted.setUTCMonth(shifted.getUTCMonth() + months);
  return shifted;
};

/** When every party had signed: the last signature (a document signed before signatures were kept: its creation). */
export function signedAt(document: LegalDocument): Date {
  const times = (document.signatures ?? []).map((signature) => signature.signedAt.getTime());
  return new Date(times.length > 0 ? Math.max(...times) : document.createdAt.getTime());
}

/** The agreement's end: its term after the signature, or its last stated day, whichever is later. */
export function agreementEnd(document: LegalDocument): Date {
  const signed = signedAt(document);
  const ends = [signed.getTime()];
  if (document.term?.months) ends.push(addMonths(signed, document.term.months).getTime());
  if (document.term?.until) ends.push(new Date(`${document.term.until}T00:00:00Z`).getTime());
  return new Date(Math.max(...ends));
}

/** Until when a signed agreement is kept, and on which basis. */
export function retentionOf(document: LegalDocument, rule: RetentionRule): { until: Date; basis: string } {
  const { years, basis } = RETENTION_RULES[rule];
  return { until: addMonths(agreementEnd(document), years * 12), basis };
}
