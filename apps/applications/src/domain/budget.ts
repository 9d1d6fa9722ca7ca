import { createHash } from 'node:crypto';

import type { BudgetHoldView, HoldState, ProgrammeBudgetChangedData, ProgrammeView } from '@pollen/contracts';

import type { Programme } from './programme';

/** One application's claim on a programme's budget, kept on the programme (its budget has one writer). */
export interface BudgetHold {
  holdId: string;
  applicationId: string;
  amountCents: number;
  state: HoldState;
  heldAt: Date;
}

/** The same programme and application always give the same hold: asking again finds it. */
export function holdIdOf(programmeId: string, applicationId: string): string {
  const hex = createHash('sha256').update(`${programmeId}\n${applicationId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export const holdOf = (programme: Programme, applicationId: string): BudgetHold | undefined =>
  (programme.holds ?? []).find((hold) => hold.applicationId === applicationId);

export const isExpired = (hold: BudgetHold, now: Date, lifetimeMs: number): boolean =>
  now.getTime() - hold.heldAt.getTime() >= lifetimeMs;

export interface BudgetTotals {
  committedCents: number;
  heldCents: number;
  remainingCents: number;
}

/** What decisions spent, what holds keep, and what is left; `except` leaves one application out. */
export function budgetOf(programme: Programme, except?: string): BudgetTotals {
  const sum = (state: HoldState) =>
    (programme.holds ?? [])
      .filter((hold) => hold.state === state && hold.applicationId !== except)
      .reduce((total, hold) => total + hold.amountCents, 0);
  const committedCents = sum('committed');
  const heldCents = sum('held');
  return { committedCents, heldCents, remainingCents: programme.budgetCents - committedCents - heldCents };
}

/** Operators see the budget's state beside the programme. */
export function withBudget(view: ProgrammeView, programme: Programme): ProgrammeView {
  return { ...view, ...budgetOf(programme) };
}

export function toHoldView(programmeId: string, hold: BudgetHold): BudgetHoldView {
  return {
    holdId: hold.holdId,
    programmeId,
    applicationId: hold.applicationId,
    amountCents: hold.amountCents,
    state: hold.state,
    heldAt: hold.heldAt.toISOString(),
  };
}

/** What `programme.budget-changed` says: the hold that changed, and the totals after it. */
export function budgetChangedData(programme: Programme, hold: BudgetHold): ProgrammeBudgetChangedData {
  const { committedCents, heldCents } = budgetOf(programme);
  const { applicationId, holdId, state, amountCents } = hold;
  return { id: programme.id, applicationId, holdId, state, amountCents, committedCents, heldCents };
}
