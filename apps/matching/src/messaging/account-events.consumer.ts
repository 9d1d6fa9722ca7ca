import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { RegisterInvestor } from '../usecases';

/** Investor accounts become pending investors; read from the beginning, so earlier accounts do too. */
@Controller()
export class AccountEventsConsumer extends EventConsumer('matching', Topics.accountEvents) {
  constructor(private readonly registerInvestor: RegisterInvestor) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.registered': async (event) => {
      if (event.data.role !== 'investor') return 'applied';
      return this.registerInvestor.execute({
        investorId: event.data.accountId,
        eventId: event.id,
        at: new Date(event.occurredAt),
      });
    },
  };
}
