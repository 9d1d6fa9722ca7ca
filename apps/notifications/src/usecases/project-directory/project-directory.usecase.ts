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
    const { matchId, applicant, investor } = event.data;
    await this.directory.saveIntroductionContacts({ matchId, applicant, investor });
    return 'applied';
  }
}
