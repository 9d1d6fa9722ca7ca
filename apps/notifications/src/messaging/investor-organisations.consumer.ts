import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { ProjectDirectory } from '../usecases';

/** The investors' organisations, kept to name them in the messages others receive. */
@Controller()
export class InvestorOrganisationsConsumer extends EventConsumer('notifications', Topics.investorOrganisations) {
  constructor(private readonly directory: ProjectDirectory) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.investorOrganisations.name> = {
    'investor.organisation-stated': (event) => this.directory.investor(event),
    'investor.organisation-erased': (event) => this.directory.investorOrganisationErased(event),
  };
}
