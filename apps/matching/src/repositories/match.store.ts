import type { EventEnvelope, MatchStatus } from '@pollen/contracts';

import type { Match } from '../domain/match';
import type { MatchFacts } from '../domain/match-stats';

/** One side of a pair: an application's matches, or an investor's. */
export type MatchSide = { applicationId: string } | { investorId: string };

/** A position in an investor's deal-flow: the last item's score, proposal time and id. */
export interface DealFlowCursor {
  score: number;
  proposedAt: Date;
  id: string;
}

/** The port use cases keep matches through; MatchRepository is the MongoDB adapter. */
export abstract class MatchStore {
  abstract findById(id: string): Promise<Match | null>;
  /** Writes a new match and the events its creation emits, in one write (MatchAlreadyProposed if its id is taken). */
  abstract insert(match: Match, events: EventEnvelope[]): Promise<void>;
  /** Replaces the match if it is still at `expectedVersion`, with its events; false otherwise. */
  abstract update(match: Match, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
  /** The side's matches still proposed or interested. */
  abstract openOf(side: MatchSide): Promise<Match[]>;
  /** The side's matches, whatever their status. */
  abstract allOf(side: MatchSide): Promise<Match[]>;
  /** For each counterpart of the side (investor ids of an application, or the reverse), its pair's latest match. */
  abstract latestOfPairs(side: MatchSide, counterparts: readonly string[]): Promise<Map<string, Match>>;
  /** An investor's matches, best score first, then the most recent, optionally of one status. */
  abstract dealFlow(
    investorId: string,
    status: MatchStatus | undefined,
    after: DealFlowCursor | undefined,
    limit: number,
  ): Promise<Match[]>;
  /** What the operators' figures read of every match. */
  abstract facts(): Promise<MatchFacts[]>;
  /** How many matches each investor was proposed since `since`, whatever became of them. */
  abstract proposedSince(investorIds: readonly string[], since: Date): Promise<Map<string, number>>;
}

/** The other side's id of a match, seen from `side`. */
export const counterpartOf = (side: MatchSide, match: Match): string =>
  'applicationId' in side ? match.investorId : match.applicationId;
