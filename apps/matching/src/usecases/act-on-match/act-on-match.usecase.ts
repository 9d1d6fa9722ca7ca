import { Injectable } from '@nestjs/common';
import type { DealFlowItemView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { toDealFlowItem } from '../../domain/deal-flow';
import { expressInterest, passMatch } from '../../domain/match';
import { MatchChangedConcurrently, MatchNotFound } from '../../errors';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { MatchStore } from '../../repositories/match.store';
import { approvedInvestor } from '../approved-investor';
import type { ActOnMatchCommand } from './act-on-match.command';

/**
 * An approved investor expresses interest in, or passes on, one of their matches: 404 for a match
 * that is not theirs (as for none), 409 when its status does not allow it.
 */
@Injectable()
export class ActOnMatch {
  constructor(
    private readonly investors: InvestorStore,
    private readonly matches: MatchStore,
    private readonly projections: ApplicationProjectionStore,
  ) {}

  async execute(command: ActOnMatchCommand): Promise<DealFlowItemView> {
    const { matchId, requestId, actor } = command;
    await approvedInvestor(this.investors, actor.id);
    const at = new Date();
    const after = await runCommand({
      store: this.matches,
      load: async () => {
        const match = await this.matches.findById(matchId);
        if (!match || match.investorId !== actor.id) throw new MatchNotFound(matchId);
        return match;
      },
      requestId,
      apply: (match) =>
        command.action === 'express-interest'
          ? expressInterest(match, command.interest, requestId, at)
          : passMatch(match, command.pass, requestId, at),
      concurrentChange: () => new MatchChangedConcurrently(),
    });
    const projection = await this.projections.findById(after.applicationId);
    if (!projection) throw new MatchNotFound(matchId);
    return toDealFlowItem(after, projection);
  }
}
