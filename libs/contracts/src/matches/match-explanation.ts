import type { LocalisedText } from '../applications/application.view';

/** Stable codes of matching (docs/matching.md). Add codes; never rename one. */

/** Hard gates: a thesis that fails one is never proposed. */
export const MATCH_GATES = ['instrument', 'region', 'legal-form', 'stage', 'ticket-range', 'esus'] as const;
export type MatchGate = (typeof MATCH_GATES)[number];

/** Weighted soft criteria: their contributions (to 0.1) add up to the score (0–100, whole points). */
export const MATCH_CRITERIA = [
  'impact-areas',
  'engagement-dimensions',
  'sdgs',
  'stage-fit',
  'ticket-position',
  'capacity',
] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** One line of a match's explanation: a gate passed or failed, or a criterion's share of the score. */
export type MatchExplanationEntry =
  | { criterion: MatchGate; kind: 'gate'; passed: boolean; message: LocalisedText }
  | { criterion: MatchCriterion; kind: 'criterion'; weight: number; contribution: number; message: LocalisedText };
