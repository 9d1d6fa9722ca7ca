import { Injectable } from '@nestjs/common';
import type { ApplicationMatchView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';
import { AccountLocaleStore } from '@pollen/platform/mongo';

import { toApplicationMatch } from '../../domain/application-match';
import type { ApplicationProjection } from '../../domain/application-projection';
import { introductionPartiesOf } from '../../domain/introduction';
import { declineMatch, introduceMatch, type Match } from '../../domain/match';
import { canIntroduce } from '../../domain/pairing';
import { MatchChangedConcurrently, MatchNoLongerQualifies, MatchNotFound } from '../../errors';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { MatchStore } from '../../repositories/match.store';
import { ownedApplication } from '../readable-application';
import type { AnswerInterestCommand } from './answer-interest.command';

/**
 * The applicant accepts an interested investor, giving a contact, and both sides learn each
 * other's contact and SIREN (`match.introduced`); or declines (`match.declined`). Only the owner
 * answers: anyone else gets 404, as for none; a match not `interested` gets 409, and so does an
 * introduction while either side no longer qualifies.
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
    const { requestId } = command;
    const projection = await ownedApplication(this.projections, command.applicationId, command.actor);
    const { investorId } = await this.matchOf(command.matchId, projection);
    const investor = await this.investors.findById(investorId);
    const profile = investor?.profile;
    // Only investors with a profile are ever proposed: another is a match nobody can answer.
    if (!investor || !profile) throw new MatchNotFound(command.matchId);
    const at = new Date();
    const after = await runCommand({
      store: this.matches,
      load: () => this.matchOf(command.matchId, projection),
      requestId,
      apply: async (match) => {
        if (command.answer === 'decline') return declineMatch(match, command.reason, requestId, at);
        if (!canIntroduce(projection, investor)) throw new MatchNoLongerQualifies(match.id);
        const locales = await this.locales.localesOf([projection.ownerId, investor.id]);
        const parties = introductionPartiesOf(projection, investor, locales, command.contact);
        return introduceMatch(match, parties, requestId, at);
      },
      concurrentChange: () => new MatchChangedConcurrently(),
    });
    return toApplicationMatch(after, profile);
  }

  /** The match, if it is this application's; 404 otherwise, as for none. */
  private async matchOf(matchId: string, projection: ApplicationProjection): Promise<Match> {
    const match = await this.matches.findById(matchId);
    if (match?.applicationId !== projection.applicationId) throw new MatchNotFound(matchId);
    return match;
  }
}
