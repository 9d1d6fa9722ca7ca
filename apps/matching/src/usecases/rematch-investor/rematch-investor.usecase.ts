import { Injectable } from '@nestjs/common';

import { passesGates } from '../../domain/matcher/gates';
import { toMatchable } from '../../domain/matcher/matchable';
import { matchableThesisOf } from '../../domain/pairing';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { type CandidatePair, Matchmaker } from '../matchmaker';
import type { RematchInvestorCommand } from './rematch-investor.command';

const PAGE = 500;

/**
 * Brings an investor's matches in line with how they stand now: open matches retracted when the
 * investor was suspended, rejected or made inactive, or when the thesis now refuses the application
 * at a gate; and, while approved and active, proposed to every eligible, consenting application the
 * thesis lets through. Reads the current state, not the event, so a replayed event changes nothing.
 */
@Injectable()
export class RematchInvestor {
  constructor(
    private readonly investors: InvestorStore,
    private readonly projections: ApplicationProjectionStore,
    private readonly matchmaker: Matchmaker,
  ) {}

  async execute(command: RematchInvestorCommand): Promise<void> {
    const { investorId } = command;
    const investor = await this.investors.findById(investorId);
    if (!investor) return;
    await this.matchmaker.settleSide({ investorId }, command);
    const candidate = matchableThesisOf(investor);
    if (!candidate) return;
    let after: string | undefined;
    for (;;) {
      const page = await this.projections.takingProposals(after, PAGE);
      const pairs = page.flatMap((projection): CandidatePair[] => {
        const application = toMatchable(projection, command.at);
        return application && passesGates(application, candidate.thesis)
          ? [{ application, programmeId: projection.programmeId, candidate }]
          : [];
      });
      const written = await this.matchmaker.propose({ investorId }, pairs, command);
      await this.matchmaker.settle(written, command);
      if (page.length < PAGE) return;
      after = page[page.length - 1].applicationId;
    }
  }
}
