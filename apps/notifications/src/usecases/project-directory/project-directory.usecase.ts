import { Injectable } from '@nestjs/common';
import type { EventOf } from '@pollen/contracts';
import type { HandledAs } from '@pollen/platform/kafka';
import { ErasureLog } from '@pollen/platform/mongo';

import { DirectoryStore } from '../../repositories/directory.store';

const outcome = (saved: boolean): HandledAs => (saved ? 'applied' : 'superseded');

type ApplicationContentEvent = EventOf<'application.drafted' | 'application.draft-updated' | 'application.submitted'>;

/**
 * Keeps the directory from its owners' events, each record at its newest version. Nothing is kept
 * about an erased account: topics are not ordered between them, so its events (a contact replayed
 * before its tombstone, an application or profile in flight) may come after its erasure, and would
 * bring back what the erasure deleted. Such an event is answered as superseded.
 */
@Injectable()
export class ProjectDirectory {
  constructor(
    private readonly directory: DirectoryStore,
    private readonly erasures: ErasureLog,
  ) {}

  async contact(event: EventOf<'account.contact-changed'>): Promise<HandledAs> {
    const { accountId, email, displayName, locale, role } = event.data;
    if (await this.erased(accountId)) return 'superseded';
    const version = event.aggregateVersion;
    return outcome(await this.directory.saveRecipient({ id: accountId, email, displayName, locale, role, version }));
  }

  async application(event: ApplicationContentEvent): Promise<HandledAs> {
    const { applicationId, ownerId, organisation, project, request } = event.data;
    if (await this.erased(ownerId)) return 'superseded';
    return outcome(
      await this.directory.saveApplication({
        id: applicationId,
        ownerId,
        organisation: organisation.name,
        project: project.title ?? '',
        amountCents: request.amountCents ?? null,
        instrument: request.instrument ?? null,
        version: event.aggregateVersion,
      }),
    );
  }

  async investor(event: EventOf<'investor.organisation-stated'>): Promise<HandledAs> {
    const { investorId, organisation } = event.data;
    if (await this.erased(investorId)) return 'superseded';
    const version = event.aggregateVersion;
    return outcome(await this.directory.saveInvestor({ id: investorId, organisation: organisation.name, version }));
  }

  async introductionContacts(event: EventOf<'introduction.contacts-exchanged'>): Promise<HandledAs> {
    const { matchId, applicationId, investorId, applicant, investor } = event.data;
    // The applicant is known by the application's summary; its erasure deleted that summary too.
    const ownerId = (await this.directory.application(applicationId))?.ownerId;
    if (await this.erased(investorId, ...(ownerId ? [ownerId] : []))) return 'superseded';
    await this.directory.saveIntroductionContacts({ matchId, applicationId, investorId, applicant, investor });
    return 'applied';
  }

  /** A tombstone: the account was erased, and nobody is written to with its contact again. */
  async contactErased(event: EventOf<'account.contact-erased'>): Promise<HandledAs> {
    return (await this.directory.forgetRecipient(event.data.accountId)) ? 'applied' : 'duplicate';
  }

  /** A tombstone: the investor was erased, and their organisation's name with them. */
  async investorOrganisationErased(event: EventOf<'investor.organisation-erased'>): Promise<HandledAs> {
    return (await this.directory.forgetInvestor(event.data.investorId)) ? 'applied' : 'duplicate';
  }

  /** A tombstone: one side of the introduction was erased, so neither contact is kept. */
  async introductionContactsErased(event: EventOf<'introduction.contacts-erased'>): Promise<HandledAs> {
    return (await this.directory.forgetIntroductionContacts(event.data.matchId)) ? 'applied' : 'duplicate';
  }

  private async erased(...accountIds: string[]): Promise<boolean> {
    return (await this.erasures.erasedAmong(accountIds)).size > 0;
  }
}
