import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { ErasePersonalData } from '../usecases';

/** An account's erasure; registrations and locale changes are other services' business. */
@Controller()
export class AccountEventsConsumer extends EventConsumer('applications', Topics.accountEvents) {
  constructor(private readonly erase: ErasePersonalData) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.erasure-requested': (event) =>
      this.erase.execute({
        accountId: event.data.accountId,
        erasureId: event.data.erasureId,
        eventId: event.id,
        at: new Date(event.occurredAt),
      }),
  };
}
