import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';
import { AccountLocaleStore } from '@pollen/platform/mongo';

import { ErasePersonalData, RegisterInvestor } from '../usecases';

/**
 * Every account's locale is kept for introductions, the newest version only, and investor accounts
 * become pending investors. A new consumer group reads from the beginning, so earlier accounts do
 * too; a group that had already read them does not read them again (docs/status.md). An erasure
 * forgets the account on both sides of its matches.
 */
@Controller()
export class AccountEventsConsumer extends EventConsumer('matching', Topics.accountEvents) {
  constructor(
    private readonly registerInvestor: RegisterInvestor,
    private readonly locales: AccountLocaleStore,
    private readonly erase: ErasePersonalData,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.registered': async (event) => {
      // A registration redelivered after a locale change keeps the newer locale, and still registers.
      await this.locales.remember(event.data.accountId, event.data.locale, event.aggregateVersion);
      if (event.data.role !== 'investor') return 'applied';
      return this.registerInvestor.execute({
        investorId: event.data.accountId,
        eventId: event.id,
        at: new Date(event.occurredAt),
      });
    },
    'account.locale-changed': async (event) =>
      (await this.locales.remember(event.data.accountId, event.data.locale, event.aggregateVersion))
        ? 'applied'
        : 'superseded',
    'account.erasure-requested': (event) =>
      this.erase.execute({
        accountId: event.data.accountId,
        erasureId: event.data.erasureId,
        eventId: event.id,
        at: new Date(event.occurredAt),
      }),
  };
}
