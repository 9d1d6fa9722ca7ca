import { Injectable } from '@nestjs/common';

import { NotificationsConfig } from '../../config/notifications.config';
import { EmailDispatcher } from '../../delivery/email-dispatcher';
import { newEmail } from '../../domain/delivery';
import type { MessageOf } from '../../messages/message-kinds';
import { notified } from '../../metrics';
import { DeliveryStore } from '../../repositories/delivery.store';

/** One e-mail an event calls for. */
export interface EmailOrder {
  recipientId: string;
  /** The application it is about, when there is one: the delivery log names it. */
  applicationId?: string;
  message: MessageOf;
}

export interface EnqueueEmailsCommand {
  /** The event that calls for them: with each recipient, the dedupe key. */
  eventId: string;
  occurredAt: string;
  /** Asked only for an event recent enough to tell: the facts they need may never come for an old one. */
  orders: () => EmailOrder[] | Promise<EmailOrder[]>;
}

/**
 * Records the e-mails an event calls for, once each however often the event comes, and wakes the
 * dispatcher. An event older than MAIL_STALE_AFTER_MS calls for none: a consumer group that
 * starts from a topic's beginning must not mail everyone about the past.
 */
@Injectable()
export class EnqueueEmails {
  constructor(
    private readonly deliveries: DeliveryStore,
    private readonly dispatcher: EmailDispatcher,
    private readonly config: NotificationsConfig,
  ) {}

  /** @returns how many were new. */
  async execute({ eventId, occurredAt, orders }: EnqueueEmailsCommand, now = new Date()): Promise<number> {
    if (now.getTime() - new Date(occurredAt).getTime() > this.config.MAIL_STALE_AFTER_MS) {
      notified.inc({ channel: 'e-mail', outcome: 'stale' });
      return 0;
    }
    let created = 0;
    for (const { recipientId, applicationId, message } of await orders()) {
      const added = await this.deliveries.add(newEmail({ eventId, recipientId, applicationId }, message, now));
      notified.inc({ channel: 'e-mail', outcome: added ? 'created' : 'duplicate' });
      if (added) created += 1;
    }
    if (created > 0) this.dispatcher.kick();
    return created;
  }
}
