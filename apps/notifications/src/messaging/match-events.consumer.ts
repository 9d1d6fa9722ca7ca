import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { TellAboutMatch } from '../usecases';
import { handledAs } from './handled-as';

/** The `match.*` events a person should hear about become notifications: inbox, e-mail, webhooks. */
@Controller()
export class MatchEventsConsumer extends EventConsumer('notifications', Topics.matchEvents) {
  constructor(private readonly tell: TellAboutMatch) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.matchEvents.name> = {
    'match.proposed': async (event) => handledAs(await this.tell.proposed(event)),
    'match.interest-expressed': async (event) => handledAs(await this.tell.interestExpressed(event)),
    'match.introduced': async (event) => handledAs(await this.tell.introduced(event)),
  };
}
