import { Injectable } from '@nestjs/common';
import type { EventOf } from '@pollen/contracts';

import { Notify } from '../notify/notify.usecase';

/** Welcomes each new account by e-mail. */
@Injectable()
export class TellAboutAccount {
  constructor(private readonly notify: Notify) {}

  registered(event: EventOf<'account.registered'>): Promise<number> {
    const { accountId, role } = event.data;
    return this.notify.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      orders: () => [{ recipientId: accountId, message: { kind: 'welcome', variables: { role } } }],
    });
  }
}
