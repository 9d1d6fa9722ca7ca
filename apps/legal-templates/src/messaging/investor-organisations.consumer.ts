import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { ProjectDealFacts } from '../usecases';

/** The investors' organisations: the party an introduction's agreements name on the investor's side. */
@Controller()
export class InvestorOrganisationsConsumer extends EventConsumer('legal-templates', Topics.investorOrganisations) {
  constructor(private readonly project: ProjectDealFacts) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.investorOrganisations.name> = {
    'investor.organisation-stated': (event) => this.project.investor(event.data, event.aggregateVersion),
    'investor.organisation-erased': (event) => this.project.investorErased(event.data.investorId),
  };
}
