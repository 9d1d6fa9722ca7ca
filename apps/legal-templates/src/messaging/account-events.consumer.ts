import { Controller } from '@nestjs/common';
import { type EventOn, Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers, type HandledAs } from '@pollen/platform/kafka';
import { AccountLocaleStore } from '@pollen/platform/mongo';

/** Each account's language: a party that chose English gets a translation beside the French agreement. */
@Controller()
export class AccountEventsConsumer extends EventConsumer('legal-templates', Topics.accountEvents) {
  constructor(private readonly locales: AccountLocaleStore) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.registered': (event) => this.remember(event),
    'account.locale-changed': (event) => this.remember(event),
  };

  /** An older version than the one kept (a redelivered registration) is reported as superseded. */
  private async remember(event: EventOn<typeof Topics.accountEvents.name>): Promise<HandledAs> {
    const { accountId, locale } = event.data;
    return (await this.locales.remember(accountId, locale, event.aggregateVersion)) ? 'applied' : 'superseded';
  }
}
