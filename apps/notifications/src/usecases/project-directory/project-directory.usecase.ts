import { Injectable } from '@nestjs/common';
import type { EventOf } from '@pollen/contracts';
import type { HandledAs } from '@pollen/platform/kafka';

import { DirectoryStore } from '../../repositories/directory.store';

const outcome = (saved: boolean): HandledAs => (saved ? 'applied' : 'superseded');

type ApplicationContentEvent = EventOf<'application.drafted' | 'application.draft-updated' | 'application.submitted'>;

/** Keeps the directory from its owners' events, each record at its newest version. */
@Injectable()
export class ProjectDirectory {
  constructor(private readonly directory: DirectoryStore) {}

  async contact(event: EventOf<'account.contact-changed'>): Promise<HandledAs> {
    const { accountId, email, displayName, locale, role } = event.data;
    const version = event.aggregateVersion;
    return outcome(await this.directory.saveRecipient({ id: accountId, email, displayName, locale, role, version }));
  }

  async application(event: ApplicationContentEvent): Promise<HandledAs> {
    const { applicationId, ownerId, organisation, project, request } = event.data;
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

  async investor(event: EventOf<'investor.profile-updated'>): Promise<HandledAs> {
    const { investorId, organisation } = event.data;
    const version = event.aggregateVersion;
    return outcome(await this.directory.saveInvestor({ id: investorId, organisation: organisation.name, version }));
  }

  async introductionContacts(event: EventOf<'introduction.contacts-exchanged'>): Promise<HandledAs> {
    const { matchId, applicationId, investorId, applicant, investor } = event.data;
    await this.directory.saveIntroductionContacts({ matchId, applicationId, investorId, applicant, investor });
    return 'applied';
  }

  /** A tombstone: the account was erased, and nobody is written to with its contact again. */
  async contactErased(event: EventOf<'account.contact-erased'>): Promise<HandledAs> {
    return (await this.directory.forgetRecipient(event.data.accountId)) ? 'applied' : 'duplicate';
  }

  /** A tombstone: one side of the introduction was erased, so neither contact is kept. */
  async introductionContactsErased(event: EventOf<'introduction.contacts-erased'>): Promise<HandledAs> {
    return (await this.directory.forgetIntroductionContacts(event.data.matchId)) ? 'applied' : 'duplicate';
  }
}
