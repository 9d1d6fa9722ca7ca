import type { MatchGate } from './match-explanation';

/** One hard gate, and how many theses it alone refuses the application. */
export class MatchingInsightGateView {
  gate: MatchGate;
  /** Theses this gate refuses; null for 1 or 2 (suppressed: no investor can be singled out). */
  failing: number | null;
}

/**
 * How an application stands against the approved, active theses, counted so that no investor can
 * be identified: a count of 1 or 2 is null.
 */
export class MatchingInsightsView {
  /** The approved, active theses matching holds; null too while a draft lacks what the gates read. */
  theses: number | null;
  /** Those whose every gate the application passes; null too while a draft lacks what the gates read. */
  passing: number | null;
  /** Each gate, the one that refuses the most theses first; empty while a draft lacks what they read. */
  gates: MatchingInsightGateView[];
}
