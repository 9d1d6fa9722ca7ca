import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { TellAboutInvestor } from '../usecases';
import { handledAs } from './handled-as';

/** Investors hear the operators' decisions on their account. */
@Controller()
export class InvestorEventsConsumer extends EventConsumer('notifications', Topics.investorEvents) {
  constructor(private readonly tell: TellAboutInvestor) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.investorEvents.name> = {
    'investor.approved': async (event) => handledAs(await this.tell.vetted(event)),
    'investor.rejected': async (event) => handledAs(await this.tell.vetted(event)),
    'investor.suspended': async (event) => handledAs(await this.tell.vetted(event)),
    'investor.reinstated': async (event) => handledAs(await this.tell.vetted(event)),
  };
}
