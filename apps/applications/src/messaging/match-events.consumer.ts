import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { StartDiscussion } from '../usecases';

/** An accepted introduction puts its application in discussion; the other match events are matching's. */
@Controller()
export class MatchEventsConsumer extends EventConsumer('applications', Topics.matchEvents) {
  constructor(private readonly startDiscussion: StartDiscussion) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.matchEvents.name> = {
    'match.introduced': (event) =>
      this.startDiscussion.execute({
        applicationId: event.data.applicationId,
        matchId: event.data.matchId,
        investorId: event.data.investorId,
        acceptedBy: event.data.applicant.accountId,
        eventId: event.id,
        at: new Date(event.occurredAt),
      }),
  };
}
