import { Controller } from '@nestjs/common';
import { type ApplicationStatus, type EventEnvelope, Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers, type HandledAs } from '@pollen/platform/kafka';

import { NotifyApplicationDrafted, NotifyStatusChanged } from '../usecases';
import { notified } from './notified.metric';

/** The `application.*` events a person should hear about become notifications. */
@Controller()
export class ApplicationEventsConsumer extends EventConsumer('notifications', Topics.applicationEvents) {
  constructor(
    private readonly notifyDrafted: NotifyApplicationDrafted,
    private readonly notifyStatusChanged: NotifyStatusChanged,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.applicationEvents.name> = {
    'application.drafted': async (event) => {
      const created = await this.notifyDrafted.execute({
        eventId: event.id,
        applicationId: event.subject,
        ownerId: event.data.ownerId,
        organisationName: event.data.organisation.name,
      });
      notified.inc({ channel: 'in-app', outcome: created ? 'created' : 'duplicate' });
      return created ? 'applied' : 'duplicate';
    },
    'application.screened': (event) => this.tellOwner(event, event.data.result, ''),
    'application.decided': (event) => this.tellOwner(event, event.data.decision, event.data.reason),
  };

  private async tellOwner(
    event: EventEnvelope<string, { ownerId: string }>,
    status: ApplicationStatus,
    reason: string,
  ): Promise<HandledAs> {
    const outcome = await this.notifyStatusChanged.execute({
      eventId: event.id,
      applicationId: event.subject,
      ownerId: event.data.ownerId,
      status,
      reason,
    });
    if (outcome !== 'nothing-to-tell') notified.inc({ channel: 'in-app', outcome });
    return outcome === 'duplicate' ? 'duplicate' : 'applied';
  }
}
