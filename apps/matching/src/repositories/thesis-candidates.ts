import type { MatchableApplication, MatchableThesis } from '../domain/matcher/matchable';

/** The port use cases find theses through; LiveThesisIndex (messaging/) is this replica's adapter. */
export abstract class ThesisCandidates {
  /** The approved, active theses that let `application` through every gate. */
  abstract candidates(application: MatchableApplication): Promise<MatchableThesis[]>;
}
