import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { NotifyIntroduction } from '../usecases';
import { notified } from './notified.metric';

/** The `match.*` events a person should hear about become notifications. */
@Controller()
export class MatchEventsConsumer extends EventConsumer('notifications', Topics.matchEvents) {
  constructor(private readonly notifyIntroduction: NotifyIntroduction) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.matchEvents.name> = {
    'match.introduced': async (event) => {
      const { applicant, investor } = event.data;
      const created = await this.notifyIntroduction.execute({
        eventId: event.id,
        matchId: event.data.matchId,
        applicationId: event.data.applicationId,
        applicant: { accountId: applicant.accountId, organisationName: applicant.organisation.name },
        investor: { accountId: investor.accountId, organisationName: investor.organisation.name },
      });
      notified.inc({ channel: 'in-app', outcome: 'created' }, created);
      notified.inc({ channel: 'in-app', outcome: 'duplicate' }, 2 - created);
      return created === 0 ? 'duplicate' : 'applied';
    },
  };
}
