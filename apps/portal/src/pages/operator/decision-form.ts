import { type DealTerm, type Instrument, TERMS_OF_INSTRUMENT } from '@pollen/contracts/browser';

import type { Schemas } from '../../api/client';
import { centsOf } from '../../ui/amount';

type Decide = Schemas['DecideApplicationDto'];

/** The decision form as typed: the terms still text (« 2,5 » %, « 1 500 000 » €). */
export interface DecisionForm {
  decision?: Decide['decision'];
  reason: string;
  amountCents?: number;
  fundedBy: NonNullable<Decide['fundedBy']>;
  matchId?: string;
  terms: Partial<Record<DealTerm, string>>;
}

export const EMPTY_DECISION: DecisionForm = { reason: '', fundedBy: 'programme', terms: {} };

/** The instrument whose agreement the decision makes: the programme's when it pays, else the one requested. */
export const instrumentOf = (
  form: Pick<DecisionForm, 'fundedBy'>,
  programmeKind: Instrument,
  requested: Instrument | undefined,
): Instrument => (form.fundedBy === 'investor' ? (requested ?? programmeKind) : programmeKind);

const numberOf = (text: string) => Number(text.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'));

/** A term as the API takes it: a number (euros turned into cents for the valuation cap). */
function termValue(term: DealTerm, text: string): number | undefined {
  if (text.trim() === '') return undefined;
  if (term === 'valuationCapCents') return centsOf(text) ?? Number.NaN;
  return numberOf(text);
}

/**
 * The request of the decision: a declined one says why and nothing more; a funded one says who pays,
 * how much (empty: the amount requested) and the instrument's terms that were filled in. A term typed
 * wrongly is sent as it reads, so the API names the field at fault.
 */
export function decisionBody(form: DecisionForm, instrument: Instrument): Decide | undefined {
  if (!form.decision) return undefined;
  if (form.decision === 'declined') return { decision: 'declined', reason: form.reason.trim() };
  const terms = Object.fromEntries(
    TERMS_OF_INSTRUMENT[instrument].flatMap((term) => {
      const value = termValue(term, form.terms[term] ?? '');
      return value === undefined ? [] : [[term, value]];
    }),
  );
  return {
    decision: 'funded',
    reason: form.reason.trim(),
    fundedBy: form.fundedBy,
    ...(form.amountCents !== undefined ? { amountCents: form.amountCents } : {}),
    ...(form.fundedBy === 'investor' && form.matchId ? { matchId: form.matchId } : {}),
    ...(Object.keys(terms).length ? { terms } : {}),
  };
}
