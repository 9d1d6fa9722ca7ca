import { Injectable } from '@nestjs/common';
import { type Actor, MATCH_GATES, type MatchingInsightsView } from '@pollen/contracts';

import { toMatchable } from '../../domain/matcher/matchable';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { ThesisCandidates } from '../../repositories/thesis-candidates';
import { readableApplication } from '../readable-application';

/** Fewer than this, and a count could point at one investor or two: it is not shown. */
const SMALLEST_SHOWN = 3;
const shown = (count: number): number | null => (count > 0 && count < SMALLEST_SHOWN ? null : count);

/**
 * What an applicant may learn of how their application stands against the investors' theses:
 * how many it passes, and which gates refuse the most, in counts that identify no investor.
 * Its owner and operators only (404 otherwise, as for an application that does not exist).
 */
@Injectable()
export class GetMatchingInsights {
  constructor(
    private readonly projections: ApplicationProjectionStore,
    private readonly theses: ThesisCandidates,
  ) {}

  async execute({ applicationId, actor }: { applicationId: string; actor: Actor }): Promise<MatchingInsightsView> {
    const projection = await readableApplication(this.projections, applicationId, actor);
    const application = toMatchable(projection, new Date());
    // A draft without its instrument, amount, region or legal form: nothing to compare yet.
    if (!application) return { theses: null, passing: null, gates: [] };
    const counts = await this.theses.counts(application);
    return {
      theses: shown(counts.theses),
      passing: shown(counts.passing),
      gates: [...MATCH_GATES]
        .sort((a, b) => counts.failing[b] - counts.failing[a])
        .map((gate) => ({ gate, failing: shown(counts.failing[gate]) })),
    };
  }
}
