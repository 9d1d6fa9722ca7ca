import { Injectable } from '@nestjs/common';
import { InvestorProfileDto, type InvestorView } from '@pollen/contracts';
import { mergePatch } from '@pollen/platform/http';
import { validateOrThrow } from '@pollen/platform/kafka';
import { ErasureLog, runCommand } from '@pollen/platform/mongo';

import {
  type Investor,
  InvestorChange,
  isInvestor,
  newInvestor,
  sameOrganisation,
  stateOrganisation,
  toInvestorView,
} from '../../domain/investor';
import { InvestorChangedConcurrently, InvestorNotFound, InvestorsOnly, InvestorVersionMismatch } from '../../errors';
import { InvestorStore } from '../../repositories/investor.store';
import type { UpdateInvestorProfileCommand } from './update-investor-profile.command';

/**
 * The investor edits their profile and thesis with a JSON merge patch; the result is validated as
 * a whole, every invalid field in one 400. The first patch may come before matching has seen the
 * account: it then creates the investor, as `account.registered` would have, in the same write.
 */
@Injectable()
export class UpdateInvestorProfile {
  constructor(
    private readonly investors: InvestorStore,
    private readonly erasures: ErasureLog,
  ) {}

  async execute(command: UpdateInvestorProfileCommand): Promise<InvestorView> {
    if (!isInvestor(command.actor) || command.actor.id !== command.investorId) throw new InvestorsOnly();
    // A patch still in flight when its author was erased would bring the profile back.
    if ((await this.erasures.erasedAmong([command.investorId])).size > 0)
      throw new InvestorNotFound(command.investorId);
    try {
      return await this.attempt(command);
    } catch (error) {
      // account.registered created the investor while this patch was creating it: apply it to that one.
      if (error instanceof InvestorChangedConcurrently) return this.attempt(command);
      throw error;
    }
  }

  private async attempt(command: UpdateInvestorProfileCommand): Promise<InvestorView> {
    const investor = await runCommand({
      store: {
        // Version 0 was never stored: the write that creates the investor is an insert.
        update: async (next, expectedVersion, events) => {
          if (expectedVersion > 0) return this.investors.update(next, expectedVersion, events);
          // An investor created meanwhile (account.registered) is InvestorChangedConcurrently, from the
          // repository: the command runs again against it. Any other failure is what it is.
          await this.investors.insert(next, events);
          return true;
        },
      },
      load: async () =>
        (await this.investors.findById(command.investorId)) ?? newInvestor(command.investorId, new Date()),
      requestId: command.requestId,
      expectedVersions: command.expectedVersions,
      versionMismatch: (current) => new InvestorVersionMismatch(current.version),
      apply: (current) => this.edited(current, command),
      concurrentChange: () => new InvestorChangedConcurrently(),
    }).catch((error) => this.orUnfilled(error, command));
    return toInvestorView(investor);
  }

  /**
   * `If-Match: "0"` names the empty profile the investor read before matching had seen them. Once
   * `account.registered` has created the investor, its profile is still that empty one: the patch
   * applies to it rather than fail on a version the investor could not have read.
   */
  private async orUnfilled(error: unknown, command: UpdateInvestorProfileCommand): Promise<Investor> {
    if (!(error instanceof InvestorVersionMismatch) || !command.expectedVersions?.includes(0)) throw error;
    const current = await this.investors.findById(command.investorId);
    const unfilled = current && !current.profile;
    if (!unfilled || !(error instanceof InvestorVersionMismatch) || !command.expectedVersions?.includes(0)) throw error;
    return runCommand({
      store: this.investors,
      load: async () => current,
      requestId: command.requestId,
      expectedVersions: [current.version],
      apply: (investor) => this.edited(investor, command),
      concurrentChange: () => new InvestorChangedConcurrently(),
    });
  }

  private async edited(current: Investor, command: UpdateInvestorProfileCommand): Promise<InvestorChange> {
    const merged = mergePatch(structuredClone(current.profile ?? {}), command.patch);
    // Stored and published as plain JSON, as it was merged, not as validator class instances.
    const profile = JSON.parse(JSON.stringify(await validateOrThrow(InvestorProfileDto, merged))) as InvestorProfileDto;
    const change = new InvestorChange(current, command.requestId, new Date());
    if (current.version === 0) change.emit('investor.registered', { investorId: current.id });
    change.next.profile = profile;
    change.next.updatedAt = change.at;
    const { contact: _contact, organisation, ...shared } = profile;
    change.emit('investor.profile-updated', { investorId: current.id, ...shared });
    if (!current.organisationStated || !sameOrganisation(organisation, current.profile?.organisation)) {
      stateOrganisation(change, organisation);
    }
    return change;
  }
}
