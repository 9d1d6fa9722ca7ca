import { Injectable } from '@nestjs/common';
import type { ErasedRecords } from '@pollen/contracts';
import { AccountLocaleStore, ErasureLog } from '@pollen/platform/mongo';

import { type Investor, InvestorChange } from '../../domain/investor';
import type { Match } from '../../domain/match';
import { type ErasedSide, eraseParty } from '../../domain/match-erasure';
import { ErasureAwaitsOutbox } from '../../errors';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { MatchStore } from '../../repositories/match.store';
import type { ErasePersonalDataCommand } from './erase-personal-data.command';

/**
 * Forgets an account (RGPD art. 17): its investor profile (its organisation tombstoned on its
 * topic first), its copy of the account's applications and its locale are deleted; its matches, on either side, keep only their facts (match-erasure.ts),
 * and each introduction's contacts leave the compacted topic through a tombstone. The applications
 * service erases the applications themselves on the same event. A redelivered event finds nothing
 * left, and the erasure log publishes its confirmation only once.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly investors: InvestorStore,
    private readonly projections: ApplicationProjectionStore,
    private readonly matches: MatchStore,
    private readonly locales: AccountLocaleStore,
    private readonly log: ErasureLog,
  ) {}

  async execute(command: ErasePersonalDataCommand): Promise<'applied' | 'duplicate'> {
    const { accountId } = command;
    const investor = await this.investors.findById(accountId);
    // Checked before anything changes, so that the retry after the wait counts everything.
    if (investor && (await this.investors.hasUnpublishedEvents(accountId))) throw new ErasureAwaitsOutbox();
    if (investor?.profile) await this.tombstoneOrganisation(investor, command);
    const owned = (await this.projections.ownedBy(accountId)).map((projection) => projection.applicationId);

    let matches = 0;
    let introductions = 0;
    const sides: [ErasedSide, Match[]][] = [
      ['investor', await this.matches.allOf({ investorId: accountId })],
      ['applicant', (await Promise.all(owned.map((applicationId) => this.matches.allOf({ applicationId })))).flat()],
    ];
    for (const [side, ofSide] of sides) {
      for (const match of ofSide) {
        const erased = await this.erase(match, side, command);
        if (erased) matches++;
        if (erased && match.introduction) introductions++;
      }
    }
    const projections = await this.projections.deleteMany(owned);
    const profiles = investor ? await this.deleteInvestor(accountId) : 0;
    const locales = (await this.locales.forget(accountId)) ? 1 : 0;

    const erased: ErasedRecords[] = [
      { what: 'investor profile', count: profiles, how: 'deleted' as const },
      { what: 'copies of applications', count: projections, how: 'deleted' as const },
      { what: 'matches', count: matches, how: 'anonymised' as const },
      { what: 'introduction contacts', count: introductions, how: 'deleted' as const },
      { what: 'language preference', count: locales, how: 'deleted' as const },
    ].filter((records) => records.count > 0);
    const completed = await this.log.completed(
      { erasureId: command.erasureId, service: 'matching', erased, kept: [] },
      { accountId, causationId: command.eventId },
    );
    return completed ? 'applied' : 'duplicate';
  }

  /** Anonymises the match, reading it again after a lost compare-and-set; false when done already. */
  private async erase(match: Match, side: ErasedSide, command: ErasePersonalDataCommand): Promise<boolean> {
    for (let current: Match | null = match; current; current = await this.matches.findById(match.id)) {
      const change = eraseParty(current, side, command.eventId, command.at);
      if (!change) return false;
      if (await this.matches.update(change.next, current.version, change.events)) return true;
    }
    return false;
  }

  /**
   * The organisation's name, often a business angel's own, must leave its compacted topic: the
   * profile goes and the tombstone leaves through the outbox; the erasure waits for it, then
   * deletes the investor and does the rest.
   */
  private async tombstoneOrganisation(investor: Investor, command: ErasePersonalDataCommand): Promise<never> {
    const change = new InvestorChange(investor, command.eventId, command.at);
    // Undefined, not deleted: the repository unsets a field the change set to undefined.
    change.next.profile = undefined;
    change.next.statusReason = undefined;
    change.next.updatedAt = command.at;
    change.emit('investor.organisation-erased', { investorId: investor.id });
    await this.investors.update(change.next, investor.version, change.events);
    // Written or lost to a concurrent change: either way, the retry after the wait reads it again.
    throw new ErasureAwaitsOutbox();
  }

  private async deleteInvestor(accountId: string): Promise<number> {
    if (await this.investors.deleteIfPublished(accountId)) return 1;
    // An event was added since the check: wait for it to go out, then go on.
    if (await this.investors.findById(accountId)) throw new ErasureAwaitsOutbox();
    return 0;
  }
}
