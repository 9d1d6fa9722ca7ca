import { createHash } from 'node:crypto';

import type {
  DeliveryFailureView,
  DeliveryStatus,
  Locale,
  NotificationChannel,
  NotificationKind,
  Topics,
  WebhookBody,
} from '@pollen/contracts';
import { type Aggregate, AggregateChange } from '@pollen/platform/mongo';

import type { MessageOf } from '../messages/message-kinds';
import { dedupeKeyOf } from './notification';

/** What a webhook call carries: the endpoint, and the public body signed at each attempt. */
export interface WebhookCall {
  endpointId: string;
  body: WebhookBody;
}

/**
 * One message to one person outside the platform (an e-mail, or a webhook call to one of their
 * endpoints), and its delivery log. Its id is the dedupe key of (event, recipient or endpoint,
 * channel): an event delivered twice finds it already there.
 */
export interface Delivery extends Aggregate {
  kind: NotificationKind;
  channel: Extract<NotificationChannel, 'e-mail' | 'webhook'>;
  /** Whom it tells: the e-mail's addressee, or the endpoint's owner. */
  recipientId: string;
  applicationId?: string;
  /** Webhook calls only. */
  webhook?: WebhookCall;
  /** What to say; rendered at each attempt in the recipient's language of that moment. */
  message: MessageOf;
  sourceEventId: string;
  /** The correlation of that event: its attempts and their events carry it (absent on older deliveries). */
  correlationId?: string;
  /**
   * The other accounts its text names (an introduction's counterpart, a match's applicant): when
   * one is erased, the text is anonymised. Absent on items made before it was recorded.
   */
  mentions?: string[];
  status: DeliveryStatus;
  /** Attempts that reached the relay (or were interrupted); waiting for a recipient is not one. */
  attempts: number;
  /** When it is due; null once sent or dead. */
  nextAttemptAt: Date | null;
  lastAttemptAt?: Date;
  lastError?: string;
  /** The subject and language of the last attempt: what the delivery log shows. */
  subject?: string;
  locale?: Locale;
  sentAt?: Date;
  createdAt: Date;
}

export class DeliveryChange extends AggregateChange<Delivery, (typeof Topics)['notificationEvents']['name']> {}

/** A new e-mail, due now. */
export function newEmail(
  source: { eventId: string; correlationId?: string; recipientId: string; applicationId?: string; mentions?: string[] },
  message: MessageOf,
  at: Date,
): Delivery {
  return {
    id: dedupeKeyOf(source.eventId, source.recipientId, 'e-mail'),
    version: 0,
    kind: message.kind,
    channel: 'e-mail',
    recipientId: source.recipientId,
    ...(source.applicationId ? { applicationId: source.applicationId } : {}),
    message,
    sourceEventId: source.eventId,
    ...(source.correlationId ? { correlationId: source.correlationId } : {}),
    ...(source.mentions?.length ? { mentions: source.mentions } : {}),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
  };
}

/** A new call of one endpoint for one event, due now: one per event and endpoint, whoever it tells. */
export function newWebhookCall(
  source: { eventId: string; correlationId?: string; ownerId: string; applicationId?: string; mentions?: string[] },
  message: MessageOf,
  webhook: WebhookCall,
  at: Date,
): Delivery {
  return {
    ...newEmail(
      {
        eventId: source.eventId,
        correlationId: source.correlationId,
        recipientId: source.ownerId,
        applicationId: source.applicationId,
        mentions: source.mentions,
      },
      message,
      at,
    ),
    id: `${source.eventId}:${webhook.endpointId}:webhook`,
    channel: 'webhook',
    webhook,
  };
}

/**
 * The Message-ID of every attempt of one delivery: derived from its dedupe key, so a mail sent
 * again after a crash is recognisably the same mail (RFC 5322 §3.6.4).
 */
export function messageIdOf(deliveryId: string, domain: string): string {
  return `<${createHash('sha256').update(deliveryId).digest('hex').slice(0, 40)}@${domain}>`;
}

/** How delivery attempts are retried; `jitter` (0–1) spreads retries by up to that share of the delay. */
export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
  jitter?: number;
}

/**
 * How long to wait after the `attempts`-th failure: doubling from `baseMs`, at most `maxMs`, less a
 * random share of up to `jitter` of it, so endpoints that failed together are not retried together.
 */
export function retryDelayMs(
  attempts: number,
  { baseMs, maxMs, jitter = 0 }: Omit<RetryPolicy, 'maxAttempts'>,
  random: () => number = Math.random,
): number {
  const delay = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
  return Math.round(delay * (1 - jitter * random()));
}

/**
 * Why an attempt failed: the relay could not be reached or would take no mail (no fault of this
 * mail: it waits for the relay however long), it refused this mail for now, or for good.
 */
export type FailureCause = 'relay-unavailable' | 'refused' | 'refused-for-good';

/** What one attempt came to. */
export type AttemptOutcome =
  | { result: 'sent'; subject?: string; locale?: Locale }
  | { result: 'failed'; error: string; cause: FailureCause; subject?: string; locale?: Locale };

/**
 * Records attempt number `attempt`: sent, failed (due again after the delay) or dead (refused for
 * good, or refused at its last attempt; never for want of a relay), with its `notification.*`
 * event. Forward only.
 */
export function recordAttempt(
  delivery: Delivery,
  attempt: number,
  outcome: AttemptOutcome,
  policy: RetryPolicy,
  at: Date,
): DeliveryChange {
  // Caused by the event that called for the delivery.
  const change = new DeliveryChange(delivery, delivery.sourceEventId, at);
  const next = change.next;
  next.attempts = attempt;
  next.lastAttemptAt = at;
  if (outcome.subject) next.subject = outcome.subject;
  if (outcome.locale) next.locale = outcome.locale;
  if (outcome.result === 'sent') {
    next.status = 'sent';
    next.sentAt = at;
    next.nextAttemptAt = null;
    change.emit('notification.sent', deliveryData(next));
    return change;
  }
  next.lastError = outcome.error;
  const lastChance = outcome.cause === 'refused' && attempt >= policy.maxAttempts;
  if (outcome.cause === 'refused-for-good' || lastChance) return giveUp(change);
  next.status = 'failed';
  next.nextAttemptAt = new Date(at.getTime() + retryDelayMs(attempt, policy));
  change.emit('notification.failed', deliveryData(next));
  return change;
}

/** Gives up without an attempt: nobody to send it to (the recipient never appeared, or was erased). */
export function abandon(delivery: Delivery, error: string, at: Date): DeliveryChange {
  const change = new DeliveryChange(delivery, delivery.sourceEventId, at);
  change.next.lastError = error;
  change.next.lastAttemptAt = at;
  return giveUp(change);
}

function giveUp(change: DeliveryChange): DeliveryChange {
  change.next.status = 'dead';
  change.next.nextAttemptAt = null;
  change.emit('notification.dead', deliveryData(change.next));
  return change;
}

function deliveryData(delivery: Delivery) {
  return {
    notificationId: delivery.id,
    kind: delivery.kind,
    channel: delivery.channel,
    recipientId: delivery.recipientId,
    ...(delivery.applicationId ? { applicationId: delivery.applicationId } : {}),
    ...(delivery.webhook ? { endpointId: delivery.webhook.endpointId } : {}),
    attempts: delivery.attempts,
  };
}

export function toFailureView(delivery: Delivery): DeliveryFailureView {
  return {
    notificationId: delivery.id,
    kind: delivery.kind,
    channel: delivery.channel,
    recipientId: delivery.recipientId,
    applicationId: delivery.applicationId ?? null,
    endpointId: delivery.webhook?.endpointId ?? null,
    status: delivery.status === 'dead' ? 'dead' : 'failed',
    attempts: delivery.attempts,
    lastError: delivery.lastError ?? '',
    lastAttemptAt: (delivery.lastAttemptAt ?? delivery.createdAt).toISOString(),
    nextAttemptAt: delivery.nextAttemptAt ? delivery.nextAttemptAt.toISOString() : null,
    createdAt: delivery.createdAt.toISOString(),
  };
}
