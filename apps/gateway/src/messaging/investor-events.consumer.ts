import { Controller } from '@nestjs/common';
import { type EventOn, Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers, type HandledAs } from '@pollen/platform/kafka';

import { ProjectInvestorVetting } from '../usecases';

/** The vetting status of each investor, one investor (the message key) at a time, in order. */
@Controller()
export class InvestorEventsConsumer extends EventConsumer('gateway', Topics.investorEvents) {
  constructor(private readonly projectVetting: ProjectInvestorVetting) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.investorEvents.name> = {
    'investor.registered': (event) => this.project(event),
    'investor.approved': (event) => this.project(event),
    'investor.rejected': (event) => this.project(event),
    'investor.suspended': (event) => this.project(event),
    'investor.reinstated': (event) => this.project(event),
  };

  /** A stale version is reported as superseded (a replay tells the operators so). */
  private async project(event: EventOn<typeof Topics.investorEvents.name>): Promise<HandledAs> {
    return (await this.projectVetting.execute({ event })) === 'stale' ? 'superseded' : 'applied';
  }
}
