import { Injectable } from '@nestjs/common';
import type { EventOf } from '@pollen/contracts';

import { EnqueueEmails } from '../enqueue-emails/enqueue-emails.usecase';

/** Welcomes each new account by e-mail. */
@Injectable()
export class TellAboutAccount {
  constructor(private readonly emails: EnqueueEmails) {}

  registered(event: EventOf<'account.registered'>): Promise<number> {
    const { accountId, role } = event.data;
    return this.emails.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      orders: () => [{ recipientId: accountId, message: { kind: 'welcome', variables: { role } } }],
    });
  }
}
