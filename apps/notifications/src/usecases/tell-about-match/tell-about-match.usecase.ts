import { Injectable } from '@nestjs/common';
import { type ContactDto, euros, type EventOf, type Instrument, INSTRUMENT_LABELS } from '@pollen/contracts';

import { known } from '../../domain/directory';
import { DirectoryStore } from '../../repositories/directory.store';
import { Notify } from '../notify/notify.usecase';

const counterpartOf = (organisation: string, contact: ContactDto) => ({
  organisation,
  name: contact.name,
  email: contact.email,
  phone: contact.phone ?? null,
});

/**
 * Tells each side of a match what the other did, by e-mail: the investor of a new match, the
 * applicant of an investor's interest, and both of their introduction, with each other's contact.
 */
@Injectable()
export class TellAboutMatch {
  constructor(
    private readonly directory: DirectoryStore,
    private readonly notify: Notify,
  ) {}

  proposed(event: EventOf<'match.proposed'>): Promise<number> {
    const { matchId, applicationId, investorId, score } = event.data;
    return this.notify.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      orders: async () => {
        const application = await this.directory.knownApplication(applicationId);
        const { organisation, project, amountCents, instrument } = application;
        return [
          {
            recipientId: investorId,
            applicationId,
            subject: matchId,
            mentions: [application.ownerId],
            message: {
              kind: 'match-proposed',
              variables: {
                matchId,
                organisation,
                project,
                amount: euros(amountCents ?? 0),
                instrument: INSTRUMENT_LABELS[instrument as Instrument] ?? { fr: '', en: '' },
                score,
              },
            },
            publicEvent: {
              type: 'deal-flow.match-proposed',
              data: { matchId, applicationId, organisation, project, amountCents, instrument: instrument ?? '', score },
            },
          },
        ];
      },
    });
  }

  interestExpressed(event: EventOf<'match.interest-expressed'>): Promise<number> {
    const { matchId, applicationId, investorId, amountCents } = event.data;
    return this.notify.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      concerns: [investorId],
      orders: async () => {
        const application = await this.directory.knownApplication(applicationId);
        const investor = known(await this.directory.investor(investorId), `investor ${investorId}`);
        return [
          {
            recipientId: application.ownerId,
            applicationId,
            mentions: [investorId],
            message: {
              kind: 'interest-expressed',
              variables: {
                matchId,
                applicationId,
                project: application.project,
                investor: investor.organisation,
                amount: amountCents ? euros(amountCents) : null,
              },
            },
          },
        ];
      },
    });
  }

  /**
   * Waits for the contacts and the investor's organisation, which travel on topics of their own
   * (NotYetKnown retries the event).
   */
  introduced(event: EventOf<'match.introduced'>): Promise<number> {
    const { matchId, applicationId, applicant, investor } = event.data;
    return this.notify.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      concerns: [applicant.accountId, investor.accountId],
      orders: async () => {
        const contacts = known(await this.directory.introductionContacts(matchId), `the contacts of match ${matchId}`);
        const investorOrganisation = known(
          await this.directory.investor(investor.accountId),
          `investor ${investor.accountId}`,
        ).organisation;
        const project = (await this.directory.application(applicationId))?.project ?? '';
        const about = { matchId, applicationId, project };
        const publicEvent = {
          type: 'deal-flow.introduced',
          data: {
            ...about,
            applicantOrganisation: applicant.organisation.name,
            investorOrganisation,
          },
        } as const;
        return [
          {
            recipientId: applicant.accountId,
            applicationId,
            mentions: [investor.accountId],
            message: {
              kind: 'introduction-made',
              variables: {
                ...about,
                side: 'applicant',
                counterpart: counterpartOf(investorOrganisation, contacts.investor),
              },
            },
            publicEvent,
          },
          {
            recipientId: investor.accountId,
            applicationId,
            subject: matchId,
            mentions: [applicant.accountId],
            message: {
              kind: 'introduction-made',
              variables: {
                ...about,
                side: 'investor',
                counterpart: counterpartOf(applicant.organisation.name, contacts.applicant),
              },
            },
            publicEvent,
          },
        ];
      },
    });
  }
}
