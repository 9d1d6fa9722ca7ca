import { Injectable } from '@nestjs/common';
import type { Actor, ApplicationMatchesView } from '@pollen/contracts';

import { isShownToApplicant, toApplicationMatch } from '../../domain/application-match';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { MatchStore } from '../../repositories/match.store';
import { readableApplication } from '../readable-application';

/**
 * The investors interested in an application, as its owner (or an operator) sees them: the
 * organisation, its kind, the amount and the message, and once introduced their contact; the
 * latest interest first. Investors who were only proposed it, or who passed, are not shown.
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
    const shown = (await this.matches.allOf({ applicationId })).filter(isShownToApplicant);
    const investors = new Map(
      (await this.investors.findByIds(shown.map((match) => match.investorId))).map((i) => [i.id, i]),
    );
    const items = shown.flatMap((match) => {
      const profile = investors.get(match.investorId)?.profile;
      return profile ? [toApplicationMatch(match, profile)] : [];
    });
    const at = (item: (typeof items)[number]) => item.interest?.at ?? '';
    return { items: items.sort((a, b) => at(b).localeCompare(at(a))) };
  }
}
