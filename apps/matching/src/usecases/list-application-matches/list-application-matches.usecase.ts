import { Injectable } from '@nestjs/common';
import type { Actor, ApplicationMatchesView, MatchStatus } from '@pollen/contracts';

import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { MatchStore } from '../../repositories/match.store';
import { readableApplication } from '../readable-application';

/** Where an investor who expressed interest still stands by it (a pass or a retraction withdraws it). */
const ANSWERED: readonly MatchStatus[] = ['interested', 'introduced', 'declined'];

/**
 * The investors interested in an application, as its owner (or an operator) sees them: the
 * organisation, its kind, the amount and the message; the latest first. Investors who were only
 * proposed it, or who passed, are not shown.
 */
@Injectable()
export class ListApplicationMatches {
  constructor(
    private readonly projections: ApplicationProjectionStore,
    private readonly matches: MatchStore,
    private readonly investors: InvestorStore,
  ) {}

  async execute({ applicationId, actor }: { applicationId: string; actor: Actor }): Promise<ApplicationMatchesView> {
    await readableApplication(this.projections, applicationId, actor);
    const answered = (await this.matches.allOf({ applicationId })).filter(
      (match) => match.interest && ANSWERED.includes(match.status),
    );
    const investors = new Map(
      (await this.investors.findByIds(answered.map((match) => match.investorId))).map((i) => [i.id, i]),
    );
    const items = answered.flatMap((match) => {
      const profile = investors.get(match.investorId)?.profile;
      const interest = match.interest;
      if (!profile || !interest) return [];
      return [
        {
          matchId: match.id,
          status: match.status,
          investor: { organisationName: profile.organisation.name, kind: profile.kind },
          interest: { ...interest, at: interest.at.toISOString() },
          updatedAt: match.updatedAt.toISOString(),
        },
      ];
    });
    return { items: items.sort((a, b) => b.interest.at.localeCompare(a.interest.at)) };
  }
}
