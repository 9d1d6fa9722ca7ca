import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { notified } from '../metrics';
import { NotifyIntroduction, TellAboutMatch } from '../usecases';
import { handledAs } from './handled-as';

/** The `match.*` events a person should hear about become notifications: in the inbox and by e-mail. */
@Controller()
export class MatchEventsConsumer extends EventConsumer('notifications', Topics.matchEvents) {
  constructor(
    private readonly notifyIntroduction: NotifyIntroduction,
    private readonly tell: TellAboutMatch,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.matchEvents.name> = {
    'match.proposed': async (event) => handledAs(await this.tell.proposed(event)),
    'match.interest-expressed': async (event) => handledAs(await this.tell.interestExpressed(event)),
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
      return handledAs(created + (await this.tell.introduced(event)));
    },
  };
}
