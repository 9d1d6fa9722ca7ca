import type { MatchGate } from '@pollen/contracts';

import type { MatchableApplication, MatchableThesis } from '../domain/matcher/matchable';

/** How an application stands against every thesis held: the raw counts, before any suppression. */
export interface ThesisCounts {
  theses: number;
  passing: number;
  failing: Record<MatchGate, number>;
}

/** The port use cases find theses through; LiveThesisIndex (messaging/) is this replica's adapter. */
export abstract class ThesisCandidates {
  /** The approved, active theses that let `application` through every gate. */
  abstract candidates(application: MatchableApplication): Promise<MatchableThesis[]>;
  /** How many theses there are, how many the application passes, how many each gate refuses it. */
  abstract counts(application: MatchableApplication): Promise<ThesisCounts>;
}
