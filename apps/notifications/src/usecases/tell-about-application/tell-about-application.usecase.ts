import { Injectable } from '@nestjs/common';
import { euros, type EventOf, type Instrument, INSTRUMENT_LABELS } from '@pollen/contracts';

import type { MessageOf } from '../../messages/message-kinds';
import { parisDateTime } from '../../messages/paris-dates';
import { DirectoryStore } from '../../repositories/directory.store';
import { Notify } from '../notify/notify.usecase';

type ApplicationEvent = EventOf<'application.submitted' | 'application.screened' | 'application.decided'>;

/** Tells an application's owner, by e-mail, that it was received, screened and decided. */
@Injectable()
export class TellAboutApplication {
  constructor(
    private readonly directory: DirectoryStore,
    private readonly notify: Notify,
  ) {}

  submitted(event: EventOf<'application.submitted'>): Promise<number> {
    const { applicationId, organisation, project, request, submittedAt } = event.data;
    return this.tell(event, async () => ({
      kind: 'application-submitted',
      variables: {
        applicationId,
        organisation: organisation.name,
        project: project.title ?? '',
        amount: euros(request.amountCents ?? 0),
        instrument: INSTRUMENT_LABELS[request.instrument as Instrument] ?? { fr: '', en: '' },
        submittedAt: parisDateTime(submittedAt),
      },
    }));
  }

  screened(event: EventOf<'application.screened'>): Promise<number> {
    const { applicationId, result, reasons } = event.data;
    return this.tell(event, async () => ({
      kind: 'application-screened',
      variables: {
        applicationId,
        project: (await this.directory.knownApplication(applicationId)).project,
        eligible: result === 'eligible',
        reasons: reasons.map((reason) => reason.message),
      },
    }));
  }

  decided(event: EventOf<'application.decided'>): Promise<number> {
    const { applicationId, decision, reason, amountCents } = event.data;
    const funded = decision === 'funded';
    return this.tell(event, async () => ({
      kind: 'application-decided',
      variables: {
        applicationId,
        project: (await this.directory.knownApplication(applicationId)).project,
        funded,
        reason,
        amount: funded && amountCents ? euros(amountCents) : null,
      },
    }));
  }

  private tell(event: ApplicationEvent, message: () => Promise<MessageOf>): Promise<number> {
    const { applicationId, ownerId } = event.data;
    return this.notify.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      orders: async () => [{ recipientId: ownerId, applicationId, message: await message() }],
    });
  }
}
