import { Injectable } from '@nestjs/common';
import { parisMonthStart } from '@pollen/contracts';

import { MatchingConfig } from '../config/matching.config';
import { type Match, proposeMatch, type Retraction, retractMatch } from '../domain/match';
import { evaluate, score } from '../domain/matcher/evaluate';
import type { MatchableApplication, MatchableThesis } from '../domain/matcher/matchable';
import { retractionOf } from '../domain/pairing';
import { MatchAlreadyProposed } from '../errors';
import { ApplicationProjectionStore } from '../repositories/application-projection.store';
import { InvestorStore } from '../repositories/investor.store';
import { type MatchSide, MatchStore } from '../repositories/match.store';

/** An application and a thesis through every gate, to be scored. */
export interface CandidatePair {
  application: MatchableApplication;
  programmeId: string;
  candidate: MatchableThesis;
}

/** Why a trigger runs: the event that woke it (the matches' causation) and its instant. */
export interface Trigger {
  causationId: string;
  at: Date;
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * How every trigger proposes and retracts matches, one way: proposals are written once per pair
 * and generation (the id says which), retractions follow the current state of both sides, and
 * whatever a trigger proposes is checked again against both sides once written, so a change that
 * raced it is never left unanswered (docs/matching.md).
 */
@Injectable()
export class Matchmaker {
  constructor(
    private readonly matches: MatchStore,
    private readonly projections: ApplicationProjectionStore,
    private readonly investors: InvestorStore,
    private readonly config: MatchingConfig,
  ) {}

  /**
   * Proposes the pairs (all on `side`) that score at or above the threshold and have no match yet,
   * or only retracted ones; the score and explanation are frozen in the match. Returns those written.
   */
  async propose(side: MatchSide, pairs: CandidatePair[], trigger: Trigger): Promise<Match[]> {
    const policy = this.config.matchPolicy;
    // Capacity is the one criterion read from the database: with all of it free, who could pass?
    const hopeful = pairs.filter((pair) => score(pair.application, pair.candidate, policy) >= policy.threshold);
    if (hopeful.length === 0) return [];
    const counterpart = (pair: CandidatePair) =>
      'applicationId' in side ? pair.candidate.investorId : pair.application.applicationId;
    const latest = await this.matches.latestOfPairs(side, hopeful.map(counterpart));
    let fresh = hopeful.filter((pair) => {
      const last = latest.get(counterpart(pair));
      return !last || last.status === 'retracted';
    });
    // A replica's index keeps an erased investor's thesis until it restarts (erasure deletes the
    // investor without an investor event): only investors still here are proposed to.
    const present = new Set(
      (await this.investors.findByIds(unique(fresh.map((pair) => pair.candidate.investorId)))).map((i) => i.id),
    );
    fresh = fresh.filter((pair) => present.has(pair.candidate.investorId));
    if (fresh.length === 0) return [];
    const proposedThisMonth = await this.matches.proposedSince(
      unique(fresh.map((pair) => pair.candidate.investorId)),
      parisMonthStart(trigger.at),
    );
    const written: Match[] = [];
    for (const pair of fresh) {
      const investorId = pair.candidate.investorId;
      const used = proposedThisMonth.get(investorId) ?? 0;
      const candidate = { ...pair.candidate, remainingThisMonth: Math.max(0, pair.candidate.capacityPerMonth - used) };
      const evaluation = evaluate(pair.application, candidate, policy);
      if (!evaluation.proposed) continue;
      const change = proposeMatch(
        {
          applicationId: pair.application.applicationId,
          investorId,
          programmeId: pair.programmeId,
          generation: (latest.get(counterpart(pair))?.generation ?? 0) + 1,
          score: evaluation.score,
          explanation: evaluation.explanation,
        },
        trigger.causationId,
        trigger.at,
      );
      try {
        await this.matches.insert(change.next, change.events);
        written.push(change.next);
        proposedThisMonth.set(investorId, used + 1);
      } catch (error) {
        // Another trigger proposed this very match (same pair, same generation) first.
        if (!(error instanceof MatchAlreadyProposed)) throw error;
      }
    }
    return written;
  }

  /** Retracts those of these open matches that the current state of either side no longer allows. */
  async settle(open: Match[], trigger: Trigger): Promise<void> {
    if (open.length === 0) return;
    const [projections, investors] = await Promise.all([
      this.projections.findByIds(unique(open.map((match) => match.applicationId))),
      this.investors.findByIds(unique(open.map((match) => match.investorId))),
    ]);
    const projectionOf = new Map(projections.map((projection) => [projection.applicationId, projection]));
    const investorOf = new Map(investors.map((investor) => [investor.id, investor]));
    for (const match of open) {
      const projection = projectionOf.get(match.applicationId);
      const investor = investorOf.get(match.investorId);
      const retraction = projection && investor ? retractionOf(projection, investor, trigger.at) : undefined;
      if (retraction) await this.retract(match, retraction, trigger);
    }
  }

  /** The side's open matches, settled against the current state. */
  async settleSide(side: MatchSide, trigger: Trigger): Promise<void> {
    await this.settle(await this.matches.openOf(side), trigger);
  }

  /** Retracts the match unless it became final meanwhile (a lost compare-and-set reads it again). */
  private async retract(match: Match, retraction: Retraction, trigger: Trigger): Promise<void> {
    for (let current: Match | null = match; current; current = await this.matches.findById(match.id)) {
      const change = retractMatch(current, retraction, trigger.causationId, trigger.at);
      if (!change) return;
      if (await this.matches.update(change.next, current.version, change.events)) return;
    }
  }
}
