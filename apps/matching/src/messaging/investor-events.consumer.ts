import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { RematchInvestor } from '../usecases';

/**
 * Every change to an investor re-matches them, once across the replicas (the service's group):
 * a thesis changed, an approval or reinstatement, a suspension, rejection or pause. Each replica's
 * index follows the same events in a group of its own (LiveThesisIndex).
 */
@Controller()
export class InvestorEventsConsumer extends EventConsumer('matching', Topics.investorEvents) {
  constructor(private readonly rematch: RematchInvestor) {
    super();
  }

  private readonly rematchOf = async (event: { subject: string; id: string }) =>
    this.rematch.execute({ investorId: event.subject, causationId: event.id, at: new Date() });

  readonly handlers: EventHandlers<typeof Topics.investorEvents.name> = {
    'investor.profile-updated': this.rematchOf,
    'investor.approved': this.rematchOf,
    'investor.reinstated': this.rematchOf,
    'investor.suspended': this.rematchOf,
    'investor.rejected': this.rematchOf,
  };
}
