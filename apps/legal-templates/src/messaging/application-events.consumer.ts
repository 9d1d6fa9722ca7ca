import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { GenerateFundingAgreement, ProjectDealFacts } from '../usecases';

/** An application's content, kept for its agreements; a funded decision makes the agreement. */
@Controller()
export class ApplicationEventsConsumer extends EventConsumer('legal-templates', Topics.applicationEvents) {
  constructor(
    private readonly project: ProjectDealFacts,
    private readonly fundingAgreement: GenerateFundingAgreement,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.applicationEvents.name> = {
    'application.drafted': (event) => this.project.application(event.data, event.aggregateVersion),
    'application.draft-updated': (event) => this.project.application(event.data, event.aggregateVersion),
    'application.submitted': (event) => this.project.application(event.data, event.aggregateVersion),
    'application.decided': (event) =>
      this.fundingAgreement.execute({ eventId: event.id, occurredAt: new Date(event.occurredAt), data: event.data }),
  };
}
