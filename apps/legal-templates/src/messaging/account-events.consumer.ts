import { Controller } from '@nestjs/common';
import { type EventOf, Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers, type HandledAs } from '@pollen/platform/kafka';
import { AccountLocaleStore } from '@pollen/platform/mongo';

import { ErasePersonalData } from '../usecases';

/**
 * Each account's language (a party that chose English gets a translation beside the French
 * agreement), and its erasure.
 */
@Controller()
export class AccountEventsConsumer extends EventConsumer('legal-templates', Topics.accountEvents) {
  constructor(
    private readonly locales: AccountLocaleStore,
    private readonly erase: ErasePersonalData,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.registered': (event) => this.remember(event),
    'account.locale-changed': (event) => this.remember(event),
    'account.erasure-requested': (event) => this.erase.execute({ eventId: event.id, data: event.data }),
  };

  /** An older version than the one kept (a redelivered registration) is reported as superseded. */
  private async remember(event: EventOf<'account.registered' | 'account.locale-changed'>): Promise<HandledAs> {
    const { accountId, locale } = event.data;
    return (await this.locales.remember(accountId, locale, event.aggregateVersion)) ? 'applied' : 'superseded';
  }
}
