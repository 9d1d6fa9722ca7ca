import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { ErasePersonalData, RecordErasureRequest } from '../usecases';

/** Account events: an erasure request starts its progress record, then this service's own erasure. */
@Controller()
export class AccountEventsConsumer extends EventConsumer('operations', Topics.accountEvents) {
  constructor(
    private readonly recordRequest: RecordErasureRequest,
    private readonly erasePersonalData: ErasePersonalData,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.erasure-requested': async (event) => {
      await this.recordRequest.execute({ request: event.data });
      return this.erasePersonalData.execute({
        erasureId: event.data.erasureId,
        accountId: event.data.accountId,
        causationId: event.id,
      });
    },
  };
}
