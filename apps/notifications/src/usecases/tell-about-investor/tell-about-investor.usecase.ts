import { Injectable } from '@nestjs/common';
import type { EventOf } from '@pollen/contracts';

import type { MessageOf } from '../../messages/message-kinds';
import { Notify } from '../notify/notify.usecase';

type VettingType = 'investor.approved' | 'investor.rejected' | 'investor.suspended' | 'investor.reinstated';
type VettingEvent = { [K in VettingType]: EventOf<K> }[VettingType];

/** The message of each vetting decision, with the operator's reason when there is one. */
function messageOf(event: VettingEvent): MessageOf {
  switch (event.type) {
    case 'investor.approved':
      return { kind: 'investor-approved', variables: {} };
    case 'investor.rejected':
      return { kind: 'investor-rejected', variables: { reason: event.data.reason } };
    case 'investor.suspended':
      return { kind: 'investor-suspended', variables: { reason: event.data.reason } };
    case 'investor.reinstated':
      return { kind: 'investor-reinstated', variables: {} };
  }
}

/** Tells an investor, by e-mail, what the operators decided about their account. */
@Injectable()
export class TellAboutInvestor {
  constructor(private readonly notify: Notify) {}

  vetted(event: VettingEvent): Promise<number> {
    return this.notify.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      orders: () => [{ recipientId: event.data.investorId, message: messageOf(event) }],
    });
  }
}
