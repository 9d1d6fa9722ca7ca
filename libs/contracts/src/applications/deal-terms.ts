import type { Instrument } from './codes';

/** The terms a funded decision may carry (DealTermsDto's fields). */
export type DealTerm =
  | 'annualRatePercent'
  | 'graceMonths'
  | 'guaranteedSharePercent'
  | 'discountPercent'
  | 'valuationCapCents';

/** Which terms each instrument's agreement states: the others are refused with the decision. */
export const TERMS_OF_INSTRUMENT: Record<Instrument, readonly DealTerm[]> = {
  grant: [],
  'honour-loan': ['graceMonths'],
  loan: ['annualRatePercent', 'graceMonths'],
  guarantee: ['guaranteedSharePercent'],
  equity: ['discountPercent', 'valuationCapCents'],
  'quasi-equity': ['annualRatePercent'],
  support: [],
};
