import { type EventOn, Headers, type NotificationChannel, type TimelineEntryView, Topics } from '@pollen/contracts';
import type { InboundMessage } from '@pollen/platform/kafka';

/**
 * The topics whose events the timeline indexes: every topic kept for its events that carries an
 * `applicationId` and names no one (a spec checks it against the catalogue). Their events without
 * one are left out (a programme's), but for the notification log's failures: the status counts them.
 */
export const TIMELINE_TOPICS = [
  Topics.programmeEvents,
  Topics.applicationEvents,
  Topics.matchEvents,
  Topics.documentEvents,
  Topics.notificationEvents,
] as const;

export type TimelineEvent = EventOn<(typeof TIMELINE_TOPICS)[number]['name']>;

/**
 * One event as the timeline keeps it: its envelope's ids and where it is on Kafka, never its data
 * (a short detail made of codes excepted, and a delivery's recipient, an account id, which an
 * erasure takes out: see withoutAccount).
 */
export interface TimelineEntry {
  /** The event id: a redelivery adds nothing. */
  id: string;
  applicationId: string | null;
  type: TimelineEvent['type'];
  occurredAt: Date;
  /** Orders the events of one aggregate that happened in the same millisecond (one transaction). */
  aggregateVersion: number;
  source: TimelineEntryView['source'];
  subject: string;
  detail: string | null;
  /** Notification events: their channel, for the status's failure counts. */
  channel: NotificationChannel | null;
  /**
   * Notification events: whom the delivery was for, so that an erasure finds the entries (their
   * subject, an e-mail's id, names the account too) and takes the account out of them.
   */
  recipientId: string | null;
  correlationId: string;
  causationId: string | null;
  traceId: string | null;
  topic: string;
  partition: number;
  offset: string;
}

/** `00-<trace id>-<span id>-<flags>`. */
const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

export function timelineEntryOf(event: TimelineEvent, message: InboundMessage): TimelineEntry {
  const { data } = event;
  return {
    id: event.id,
    applicationId: ('applicationId' in data ? data.applicationId : undefined) ?? null,
    type: event.type,
    occurredAt: new Date(event.occurredAt),
    aggregateVersion: event.aggregateVersion,
    source: event.source,
    subject: event.subject,
    detail: detailOf(event),
    channel: 'channel' in data ? data.channel : null,
    recipientId: 'recipientId' in data ? data.recipientId : null,
    correlationId: event.correlationId,
    causationId: event.causationId ?? null,
    traceId: TRACEPARENT.exec(message.headers[Headers.traceparent] ?? '')?.[1] ?? null,
    topic: message.topic,
    partition: message.partition,
    offset: message.offset,
  };
}

/** What the type alone does not say, from codes and numbers only (free text may name someone). */
function detailOf(event: TimelineEvent): string | null {
  switch (event.type) {
    case 'programme.budget-changed':
      return `budget hold ${event.data.state}`;
    case 'application.screened':
      return event.data.result;
    case 'application.decided':
      return event.data.fundedBy ? `${event.data.decision}, funded by ${event.data.fundedBy}` : event.data.decision;
    case 'application.consent-changed':
      return event.data.shareWithInvestors ? 'shown to investors' : 'hidden from investors';
    case 'match.proposed':
      return `score ${event.data.score}`;
    case 'match.passed':
      return event.data.reason;
    case 'match.retracted':
      return event.data.cause;
    case 'document.generated':
      return `${event.data.templateKey} ${event.data.templateVersion}`;
    case 'document.signed':
      return `${event.data.templateKey}, signed by ${event.data.signatures.map((signature) => signature.role).join(', ')}`;
    case 'notification.sent':
    case 'notification.failed':
    case 'notification.dead':
      return `${event.data.kind} by ${event.data.channel}, attempt ${event.data.attempts}`;
    default:
      return null;
  }
}

/** The entry without the account: its delivery's recipient and the subject naming it name `marker`. */
export function withoutAccount(entry: TimelineEntry, accountId: string, marker: string): TimelineEntry {
  return { ...entry, recipientId: null, subject: entry.subject.replaceAll(accountId, marker) };
}

/** Whether the entry is kept: about an application, or a delivery failure the status counts. */
export const isIndexed = (entry: TimelineEntry): boolean =>
  entry.applicationId !== null || entry.type === 'notification.failed' || entry.type === 'notification.dead';

export function toTimelineEntryView(entry: TimelineEntry): TimelineEntryView {
  return {
    eventId: entry.id,
    type: entry.type,
    occurredAt: entry.occurredAt.toISOString(),
    source: entry.source,
    subject: entry.subject,
    detail: entry.detail,
    correlationId: entry.correlationId,
    causationId: entry.causationId,
    traceId: entry.traceId,
    topic: entry.topic,
    partition: entry.partition,
    offset: entry.offset,
  };
}
