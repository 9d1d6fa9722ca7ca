import {
  FINAL_MATCH_STATUSES,
  type MatchAction,
  type MatchExplanationEntry,
  type MatchStatus,
  type RetractCause,
} from '@pollen/contracts';
import type { IdempotentAggregate } from '@pollen/platform/mongo';
import { v5 as uuidv5 } from 'uuid';

/** One application proposed to one investor, with the score and explanation frozen at proposal. */
export interface Match extends IdempotentAggregate {
  applicationId: string;
  investorId: string;
  programmeId: string;
  /** 1 for the pair's first match; a pair that qualifies again after a retraction gets the next. */
  generation: number;
  status: MatchStatus;
  score: number;
  explanation: MatchExplanationEntry[];
  /** Why an investor passed; why the system retracted. */
  passReason?: string;
  retractCause?: RetractCause;
  proposedAt: Date;
  updatedAt: Date;
}

// A fixed namespace: the same pair and generation give the same id on every replica and replay.
const MATCH_NAMESPACE = '4f0b7a52-8c1e-4d7e-9b8a-6a1f5e2c3d90';

/** The id of a pair's nth match: a replayed trigger finds the match it made, a new generation does not. */
export function matchIdOf(applicationId: string, investorId: string, generation: number): string {
  return uuidv5(`${applicationId}\n${investorId}\n${generation}`, MATCH_NAMESPACE);
}

/** Where each action may start from, and where it leads (docs/matching.md). */
const TRANSITIONS: Record<MatchAction, { from: readonly MatchStatus[]; to: MatchStatus }> = {
  'express-interest': { from: ['proposed'], to: 'interested' },
  pass: { from: ['proposed', 'interested'], to: 'passed' },
  decline: { from: ['interested'], to: 'declined' },
  introduce: { from: ['interested'], to: 'introduced' },
  retract: { from: ['proposed', 'interested'], to: 'retracted' },
};

/** The status `action` leads to from `current`, or undefined when the rules do not allow it. */
export function matchStatusAfter(current: MatchStatus, action: MatchAction): MatchStatus | undefined {
  const transition = TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : undefined;
}

/** Still moving: proposed or interested. */
export const isOpen = (status: MatchStatus): boolean => !FINAL_MATCH_STATUSES.includes(status);
