import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';
import { AccountLocaleStore } from '@pollen/platform/mongo';

/** Each account's language: a party that chose English gets a translation beside the French agreement. */
@Controller()
export class AccountEventsConsumer extends EventConsumer('legal-templates', Topics.accountEvents) {
  constructor(private readonly locales: AccountLocaleStore) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.registered': (event) => this.locales.remember(event.data.accountId, event.data.locale),
  };
}
