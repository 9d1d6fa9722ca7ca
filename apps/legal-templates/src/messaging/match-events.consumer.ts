import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { GenerateIntroductionDocuments } from '../usecases';

/** An introduction makes the confidentiality agreement. */
@Controller()
export class MatchEventsConsumer extends EventConsumer('legal-templates', Topics.matchEvents) {
  constructor(private readonly introductionDocuments: GenerateIntroductionDocuments) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.matchEvents.name> = {
    'match.introduced': (event) =>
      this.introductionDocuments.execute({
        eventId: event.id,
        occurredAt: new Date(event.occurredAt),
        data: event.data,
      }),
  };
}
