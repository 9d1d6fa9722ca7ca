import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type MatchStatus, OPEN_MATCH_STATUSES } from '@pollen/contracts';
import { type AggregateDocument, type AggregateFilter, AggregateRepository, OutboxRelay } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { Match } from '../domain/match';
import type { MatchFacts } from '../domain/match-stats';
import { MatchAlreadyProposed } from '../errors';
import { MATCH_MODEL } from '../schemas/match.schema';
import { counterpartOf, type DealFlowCursor, type MatchSide, type MatchStore } from './match.store';

const sideFilter = (side: MatchSide) =>
  'applicationId' in side ? { applicationId: { $eq: side.applicationId } } : { investorId: { $eq: side.investorId } };

/** The only code that touches the matches collection; the base does the writes (ADR 0004). */
@Injectable()
export class MatchRepository extends AggregateRepository<Match> implements MatchStore {
  constructor(@InjectModel(MATCH_MODEL) model: Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  // The id is the only unique key: two triggers proposed the same pair's generation at once.
  protected async conflictOf(match: Match): Promise<Error> {
    return new MatchAlreadyProposed(match.id);
  }

  openOf(side: MatchSide): Promise<Match[]> {
    return this.findMany({ ...sideFilter(side), status: { $in: OPEN_MATCH_STATUSES } }, { _id: 1 }, 0);
  }

  allOf(side: MatchSide): Promise<Match[]> {
    return this.findMany(sideFilter(side), { _id: 1 }, 0);
  }

  async latestOfPairs(side: MatchSide, counterparts: readonly string[]): Promise<Map<string, Match>> {
    const latest = new Map<string, Match>();
    if (counterparts.length === 0) return latest;
    const other = 'applicationId' in side ? 'investorId' : 'applicationId';
    const matches = await this.findMany(
      { ...sideFilter(side), [other]: { $in: counterparts } },
      { [other]: 1, generation: -1 },
      0,
    );
    for (const match of matches) {
      const key = counterpartOf(side, match);
      if (!latest.has(key)) latest.set(key, match);
    }
    return latest;
  }

  dealFlow(
    investorId: string,
    status: MatchStatus | undefined,
    after: DealFlowCursor | undefined,
    limit: number,
  ): Promise<Match[]> {
    const conditions: AggregateFilter[] = [{ investorId: { $eq: investorId } }];
    if (status) conditions.push({ status: { $eq: status } });
    if (after) {
      conditions.push({
        $or: [
          { score: { $lt: after.score } },
          { score: after.score, proposedAt: { $lt: after.proposedAt } },
          { score: after.score, proposedAt: after.proposedAt, _id: { $gt: after.id } },
        ],
      });
    }
    return this.findMany({ $and: conditions }, { score: -1, proposedAt: -1, _id: 1 }, limit);
  }

  async facts(): Promise<MatchFacts[]> {
    // Every match, five fields each: a full read, fine while operators ask now and then.
    const rows = await this.model.find({}, { programmeId: 1, status: 1, proposedAt: 1, interest: 1, pass: 1 }).lean();
    return rows.map(({ programmeId, status, proposedAt, interest, pass }) => ({
      programmeId,
      status,
      proposedAt,
      ...(interest ? { interest } : {}),
      ...(pass ? { pass } : {}),
    })) as MatchFacts[];
  }

  async proposedSince(investorIds: readonly string[], since: Date): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (investorIds.length === 0) return counts;
    const rows = await this.model
      .find({ investorId: { $in: investorIds }, proposedAt: { $gte: since } }, { investorId: 1 })
      .lean();
    for (const row of rows) {
      const id = row['investorId'] as string;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}
