import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { EraseGatewayData } from '../usecases';

/**
 * The gateway reads its own account events for one of them: an erasure's second half, done here
 * rather than in the request so that a crash after the answer still erases everything.
 */
@Controller()
export class AccountEventsConsumer extends EventConsumer('gateway', Topics.accountEvents) {
  constructor(private readonly eraseGatewayData: EraseGatewayData) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.erasure-requested': async (event) =>
      (await this.eraseGatewayData.execute({ data: event.data, eventId: event.id })) ? 'applied' : 'duplicate',
  };
}
