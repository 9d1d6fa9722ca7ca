import { Injectable, Logger } from '@nestjs/common';

import { NotificationsConfig } from '../../config/notifications.config';
import { INTERRUPTED, leaseRanOut } from '../../delivery/attempt-lease';
import { inDeliveryScope } from '../../delivery/delivery-scope';
import {
  abandon,
  type AttemptOutcome,
  type Delivery,
  type DeliveryChange,
  messageIdOf,
  recordAttempt,
} from '../../domain/delivery';
import type { Recipient } from '../../domain/directory';
import { Mailer, PermanentRefusal, RelayUnavailable } from '../../mail/mailer';
import { renderMessage } from '../../messages/render-message';
import { delivered } from '../../metrics';
import { DeliveryStore } from '../../repositories/delivery.store';
import { DirectoryStore } from '../../repositories/directory.store';

/** A relay's answer may quote the address it refused: the log and operators get the answer without it. */
export const withoutAddresses = (text: string): string => text.replace(/<?[^\s<>]*@[^\s<>]+>?/g, '<address>');

/** Mail due at once, at most: the rest waits for the next pass. */
const BATCH = 20;
/** Attempts made side by side: most of an attempt is waiting, for the database or the relay. */
const IN_PARALLEL = 8;

/**
 * Sends the e-mail that is due: each delivery's next attempt is claimed first (a unique key, so
 * two replicas never make the same attempt), then rendered in the recipient's language of the
 * moment, sent with the delivery's Message-ID, and its outcome recorded with its event.
 */
@Injectable()
export class DispatchEmails {
  private readonly logger = new Logger(DispatchEmails.name);

  constructor(
    private readonly deliveries: DeliveryStore,
    private readonly directory: DirectoryStore,
    private readonly mailer: Mailer,
    private readonly config: NotificationsConfig,
  ) {}

  /**
   * One pass over the mail due at `now`. @returns whether more may be due at once: a full batch
   * that made progress (mail another replica is sending stays due, and must not spin this loop).
   */
  async runDue(now = new Date(), stopping: () => boolean = () => false): Promise<boolean> {
    const due = await this.deliveries.due('e-mail', now, BATCH);
    let attempted = 0;
    for (let start = 0; start < due.length && !stopping(); start += IN_PARALLEL) {
      const batch = due.slice(start, start + IN_PARALLEL);
      // Settled, all of them: one failing write does not leave the others running past the pass.
      const made = await Promise.allSettled(
        batch.map((delivery) => inDeliveryScope(delivery, () => this.attempt(delivery, now))),
      );
      const failed = made.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      attempted += made.filter((result) => result.status === 'fulfilled' && result.value).length;
    }
    return due.length === BATCH && attempted > 0;
  }

  /** @returns whether an attempt was made. */
  private async attempt(delivery: Delivery, now: Date): Promise<boolean> {
    const recipient = await this.directory.recipient(delivery.recipientId);
    if (!recipient) {
      await this.waitForRecipient(delivery, now);
      return false;
    }
    const attempt = delivery.attempts + 1;
    // Claimed at the clock's time, not the pass's: the lease runs from when this attempt began.
    if (!(await this.deliveries.claimAttempt(delivery.id, attempt, new Date()))) {
      await this.recoverIfInterrupted(delivery, attempt, now);
      return false;
    }
    // Recorded at the pass's time: a send takes far less than the delays between attempts.
    const outcome = await this.send(delivery, recipient);
    await this.record(delivery, recordAttempt(delivery, attempt, outcome, this.policy(), now));
    return true;
  }

  private async send(delivery: Delivery, recipient: Recipient): Promise<AttemptOutcome> {
    const { locale } = recipient;
    let rendered;
    try {
      rendered = renderMessage(delivery.message, { name: recipient.displayName, role: recipient.role }, locale, {
        appUrl: this.config.PUBLIC_URL,
      });
    } catch (error) {
      const reason = `cannot render: ${(error as Error).message}`;
      return { result: 'failed', error: reason, cause: 'refused-for-good', locale };
    }
    const { subject } = rendered;
    try {
      await this.mailer.send({
        to: { name: recipient.displayName, address: recipient.email },
        ...rendered,
        messageId: messageIdOf(delivery.id, this.config.MAIL_MESSAGE_ID_DOMAIN),
      });
      return { result: 'sent', subject, locale };
    } catch (error) {
      const cause =
        error instanceof PermanentRefusal
          ? 'refused-for-good'
          : error instanceof RelayUnavailable
            ? 'relay-unavailable'
            : 'refused';
      return { result: 'failed', error: withoutAddresses((error as Error).message), cause, subject, locale };
    }
  }

  /** The contact may be a moment behind the event (another topic): the mail waits, for a while. */
  private async waitForRecipient(delivery: Delivery, now: Date): Promise<void> {
    if (now.getTime() - delivery.createdAt.getTime() >= this.config.MAIL_RECIPIENT_WAIT_MS) {
      return this.record(delivery, abandon(delivery, 'recipient-unknown: no contact for this account', now));
    }
    await this.deliveries.postpone(delivery.id, delivery.version, new Date(now.getTime() + this.config.MAIL_POLL_MS));
  }

  /**
   * Once its lease has run out, an interrupted attempt is recorded as failed; the next one sends
   * the same Message-ID (the mail may have gone out: docs/notifications.md, the crash window).
   */
  private async recoverIfInterrupted(delivery: Delivery, attempt: number, now: Date): Promise<void> {
    if (!(await leaseRanOut(this.deliveries, delivery.id, attempt, now, this.config.MAIL_ATTEMPT_LEASE_MS))) return;
    const interrupted: AttemptOutcome = { result: 'failed', error: INTERRUPTED, cause: 'relay-unavailable' };
    await this.record(delivery, recordAttempt(delivery, attempt, interrupted, this.policy(), now));
  }

  private async record(delivery: Delivery, change: DeliveryChange): Promise<void> {
    const { next } = change;
    if (!(await this.deliveries.update(next, delivery.version, change.events))) {
      this.logger.warn({ deliveryId: delivery.id }, 'delivery changed meanwhile; its next pass will see it');
      return;
    }
    delivered.inc({ channel: next.channel, kind: next.kind, status: next.status });
    if (next.status !== 'sent') {
      this.logger.warn({ deliveryId: next.id, status: next.status, error: next.lastError }, 'e-mail not delivered');
    }
  }

  private policy() {
    return {
      maxAttempts: this.config.MAIL_MAX_ATTEMPTS,
      baseMs: this.config.MAIL_RETRY_BASE_MS,
      maxMs: this.config.MAIL_RETRY_MAX_MS,
    };
  }
}
