import { type MatchStatus, OPEN_MATCH_STATUSES } from '@pollen/contracts';
import { InMemoryAggregateStore } from '@pollen/testing';

import type { Match } from '../../src/domain/match';
import type { MatchFacts } from '../../src/domain/match-stats';
import { MatchAlreadyProposed } from '../../src/errors';
import {
  counterpartOf,
  type DealFlowCursor,
  type MatchSide,
  type MatchStore,
} from '../../src/repositories/match.store';

const onSide = (side: MatchSide) => (match: Match) =>
  'applicationId' in side ? match.applicationId === side.applicationId : match.investorId === side.investorId;

/** The match store port in memory, for unit tests: what was written, and the events. */
export class InMemoryMatchStore extends InMemoryAggregateStore<Match> implements MatchStore {
  protected conflictOf(match: Match, others: Match[], inserting: boolean): Error | undefined {
    return inserting && others.some((other) => other.id === match.id) ? new MatchAlreadyProposed(match.id) : undefined;
  }

  async openOf(side: MatchSide): Promise<Match[]> {
    return this.all().filter((match) => onSide(side)(match) && OPEN_MATCH_STATUSES.includes(match.status));
  }

  async allOf(side: MatchSide): Promise<Match[]> {
    return this.all().filter(onSide(side));
  }

  async latestOfPairs(side: MatchSide, counterparts: readonly string[]): Promise<Map<string, Match>> {
    const latest = new Map<string, Match>();
    for (const match of this.all().filter(onSide(side))) {
      const key = counterpartOf(side, match);
      const known = latest.get(key);
      if (counterparts.includes(key) && (!known || known.generation < match.generation)) latest.set(key, match);
    }
    return latest;
  }

  async dealFlow(
    investorId: string,
    status: MatchStatus | undefined,
    after: DealFlowCursor | undefined,
    limit: number,
  ): Promise<Match[]> {
    const before = (a: Match, b: DealFlowCursor) =>
      a.score !== b.score
        ? a.score > b.score
        : a.proposedAt.getTime() !== b.proposedAt.getTime()
          ? a.proposedAt > b.proposedAt
          : a.id < b.id;
    return this.all()
      .filter((match) => match.investorId === investorId && (!status || match.status === status))
      .filter((match) => !after || before(after as unknown as Match, match as unknown as DealFlowCursor))
      .sort((a, b) => (before(a, b) ? -1 : 1))
      .slice(0, limit);
  }

  async facts(): Promise<MatchFacts[]> {
    return this.all();
  }

  async proposedSince(investorIds: readonly string[], since: Date): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const match of this.all()) {
      if (investorIds.includes(match.investorId) && match.proposedAt >= since)
        counts.set(match.investorId, (counts.get(match.investorId) ?? 0) + 1);
    }
    return counts;
  }
}
