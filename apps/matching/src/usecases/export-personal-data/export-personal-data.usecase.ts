import { Injectable } from '@nestjs/common';
import type { Actor, PersonalDataSectionsView } from '@pollen/contracts';

import { isShownToApplicant, toApplicationMatch } from '../../domain/application-match';
import { toDealFlowItem } from '../../domain/deal-flow';
import { toInvestorView } from '../../domain/investor';
import type { Match } from '../../domain/match';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { MatchStore } from '../../repositories/match.store';

/**
 * What matching holds about the asking account (RGPD art. 15 and 20): the investor profile with
 * its contact and vetting; its matches as its side sees them; how each of its applications was
 * scored against investors' theses (the matching is automated, art. 15(1)(h)), without naming the
 * investors it was not shown; and the contacts exchanged at each introduction.
 */
@Injectable()
export class ExportPersonalData {
  constructor(
    private readonly investors: InvestorStore,
    private readonly projections: ApplicationProjectionStore,
    private readonly matches: MatchStore,
  ) {}

  async execute({ actor }: { actor: Actor }): Promise<PersonalDataSectionsView> {
    const investor = await this.investors.findById(actor.id);
    const owned = await this.projections.ownedBy(actor.id);
    const asInvestor = investor ? await this.matches.allOf({ investorId: actor.id }) : [];
    const asApplicant = (
      await Promise.all(owned.map((projection) => this.matches.allOf({ applicationId: projection.applicationId })))
    ).flat();

    const dealFlowProjections = new Map(
      (await this.projections.findByIds([...new Set(asInvestor.map((match) => match.applicationId))])).map(
        (projection) => [projection.applicationId, projection],
      ),
    );
    const shownInvestors = new Map(
      (
        await this.investors.findByIds([...new Set(asApplicant.filter(isShownToApplicant).map((m) => m.investorId))])
      ).map((other) => [other.id, other]),
    );
    return {
      service: 'matching',
      sections: {
        investorProfile: investor ? toInvestorView(investor) : null,
        dealFlow: asInvestor.flatMap((match) => {
          const projection = dealFlowProjections.get(match.applicationId);
          return projection ? [toDealFlowItem(match, projection)] : [];
        }),
        applicationMatches: asApplicant.map((match) => {
          const profile = isShownToApplicant(match) ? shownInvestors.get(match.investorId)?.profile : undefined;
          return {
            applicationId: match.applicationId,
            matchId: match.id,
            status: match.status,
            score: match.score,
            explanation: match.explanation,
            proposedAt: match.proposedAt.toISOString(),
            ...(profile ? { asYouSeeIt: toApplicationMatch(match, profile) } : {}),
          };
        }),
        introductions: [...asInvestor, ...asApplicant].flatMap(introductionOf),
      },
    };
  }
}

/** Both contacts of an introduction: the one the account gave, and the one it received. */
function introductionOf(match: Match) {
  const introduction = match.introduction;
  if (!introduction) return [];
  return [
    {
      matchId: match.id,
      at: introduction.at.toISOString(),
      applicantContact: introduction.applicant.contact ?? null,
      investorContact: introduction.investor.contact ?? null,
    },
  ];
}
