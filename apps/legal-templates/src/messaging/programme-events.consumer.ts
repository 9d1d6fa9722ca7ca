import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { ProjectDealFacts } from '../usecases';

/**
 * What a programme's agreements say of it. A new consumer group reads from the beginning, so
 * earlier programmes (and applications, introductions, accounts, in their consumers) are known too.
 */
@Controller()
export class ProgrammeEventsConsumer extends EventConsumer('legal-templates', Topics.programmeEvents) {
  constructor(private readonly project: ProjectDealFacts) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.programmeEvents.name> = {
    'programme.created': (event) => this.project.programme(event.data),
    'programme.updated': (event) => this.project.programme(event.data),
  };
}
