import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, type MatchingStatsView } from '@pollen/contracts';

import { matchingStats } from '../../domain/match-stats';
import { MatchStore } from '../../repositories/match.store';

/** Operators' figures on matching: matches by status, passes by reason, time to a first answer. */
@Injectable()
export class GetMatchingStats {
  constructor(private readonly matches: MatchStore) {}

  async execute({ actor }: { actor: Actor }): Promise<MatchingStatsView> {
    assertOperator(actor);
    return matchingStats(await this.matches.facts());
  }
}
