import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { ErasePersonalData, TellAboutAccount } from '../usecases';
import { handledAs } from './handled-as';

/** A new account is welcomed; an erased one forgotten. */
@Controller()
export class AccountEventsConsumer extends EventConsumer('notifications', Topics.accountEvents) {
  constructor(
    private readonly tell: TellAboutAccount,
    private readonly erase: ErasePersonalData,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.registered': async (event) => handledAs(await this.tell.registered(event)),
    'account.erasure-requested': (event) => this.erase.execute({ eventId: event.id, data: event.data }),
  };
}
