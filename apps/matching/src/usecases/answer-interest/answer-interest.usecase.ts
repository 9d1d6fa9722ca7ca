import { Injectable } from '@nestjs/common';
import type { ApplicationMatchView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { toApplicationMatch } from '../../domain/application-match';
import { introductionPartiesOf } from '../../domain/introduction';
import type { Investor } from '../../domain/investor';
import { declineMatch, introduceMatch, type Match } from '../../domain/match';
import { takesIntroductions } from '../../domain/pairing';
import { MatchChangedConcurrently, MatchIllegalTransition, MatchNotFound } from '../../errors';
import { AccountLocaleStore } from '../../repositories/account-locale.store';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { MatchStore } from '../../repositories/match.store';
import { ownedApplication } from '../readable-application';
import type { AnswerInterestCommand } from './answer-interest.command';

/**
 * The applicant accepts an interested investor, giving a contact, and both sides learn each
 * other's contact and SIREN (`match.introduced`); or declines (`match.declined`). Only the owner
 * answers: anyone else gets 404, as for none; a match not `interested` gets 409.
 */
@Injectable()
export class AnswerInterest {
  constructor(
    private readonly projections: ApplicationProjectionStore,
    private readonly matches: MatchStore,
    private readonly investors: InvestorStore,
    private readonly locales: AccountLocaleStore,
  ) {}

  async execute(command: AnswerInterestCommand): Promise<ApplicationMatchView> {
    const { matchId, requestId } = command;
    const projection = await ownedApplication(this.projections, command.applicationId, command.actor);
    let investor: Investor | null = null;
    const at = new Date();
    const after = await runCommand({
      store: this.matches,
      load: async () => {
        const match = await this.matches.findById(matchId);
        if (match?.applicationId !== projection.applicationId) throw new MatchNotFound(matchId);
        investor = await this.investors.findById(match.investorId);
        return match;
      },
      requestId,
      apply: async (match) => {
        if (command.answer === 'decline') return declineMatch(match, command.reason, requestId, at);
        // A withdrawn or decided application meets nobody, even before its matches are retracted.
        if (!takesIntroductions(projection) || !investor) throw new MatchIllegalTransition(match.status, 'introduce');
        const locales = await this.locales.localesOf([projection.ownerId, investor.id]);
        const parties = introductionPartiesOf(projection, investor, locales, command.contact);
        return introduceMatch(match, parties, requestId, at);
      },
      concurrentChange: () => new MatchChangedConcurrently(),
    });
    return this.viewOf(after, investor);
  }

  private viewOf(match: Match, investor: Investor | null): ApplicationMatchView {
    const view = toApplicationMatch(match, investor ?? undefined);
    // Only investors with a profile are ever proposed, so only they can be answered.
    if (!view) throw new MatchNotFound(match.id);
    return view;
  }
}
