import { Injectable } from '@nestjs/common';

import { toMatchable } from '../../domain/matcher/matchable';
import { takesProposals } from '../../domain/pairing';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { ThesisCandidates } from '../../repositories/thesis-candidates';
import { Matchmaker } from '../matchmaker';
import type { MatchApplicationCommand } from './match-application.command';

/**
 * Brings an application's matches in line with how it stands now: its open matches retracted when
 * it was withdrawn or decided, its consent withdrawn, or the other side no longer qualifies; and,
 * while it is eligible with consent, proposed to every approved, active thesis it passes.
 * Reads the current state, not the event, so a replayed event changes nothing.
 */
@Injectable()
export class MatchApplication {
  constructor(
    private readonly projections: ApplicationProjectionStore,
    private readonly theses: ThesisCandidates,
    private readonly matchmaker: Matchmaker,
  ) {}

  async execute(command: MatchApplicationCommand): Promise<void> {
    const { applicationId } = command;
    const projection = await this.projections.findById(applicationId);
    if (!projection) return;
    await this.matchmaker.settleSide({ applicationId }, command);
    const application = takesProposals(projection) ? toMatchable(projection, command.at) : undefined;
    if (!application) return;
    const candidates = await this.theses.candidates(application);
    const written = await this.matchmaker.propose(
      { applicationId },
      candidates.map((candidate) => ({ application, programmeId: projection.programmeId, candidate })),
      command,
    );
    await this.matchmaker.settle(written, command);
  }
}
