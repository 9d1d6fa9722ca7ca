import { type EventEnvelope, Events, Headers, isEventType } from '@pollen/contracts';
import type { Message } from 'kafkajs';

import { type InboundMessage, PoisonMessageError } from './inbound-message';

/**
 * A tombstone has no value, so the envelope's own fields travel in headers: the consumer rebuilds
 * the envelope from them (its id is what makes handling it idempotent). Only this library writes
 * and reads them, so they are declared here rather than in the contracts.
 */
export const TombstoneHeaders = {
  id: 'pollen-event-id',
  version: 'pollen-event-version',
  occurredAt: 'pollen-occurred-at',
  aggregateVersion: 'pollen-aggregate-version',
  causationId: 'pollen-causation-id',
} as const;

/** Whether the catalogue declares this event type a tombstone (EventDefinition.tombstone). */
export const isTombstoneType = (type: string): boolean => isEventType(type) && Events[type].tombstone === true;

/** The Kafka record of an event: its envelope as JSON or, for a tombstone, its key and no value. */
export function eventRecord(envelope: EventEnvelope, traceparent?: string): Message {
  const headers = {
    [Headers.correlationId]: envelope.correlationId,
    [Headers.type]: envelope.type,
    ...(traceparent ? { [Headers.traceparent]: traceparent } : {}),
  };
  if (!isTombstoneType(envelope.type)) {
    return { key: envelope.subject, value: JSON.stringify(envelope), headers };
  }
  return {
    key: envelope.subject,
    value: null,
    headers: {
      ...headers,
      [TombstoneHeaders.id]: envelope.id,
      [TombstoneHeaders.version]: String(envelope.version),
      [TombstoneHeaders.occurredAt]: envelope.occurredAt,
      [TombstoneHeaders.aggregateVersion]: String(envelope.aggregateVersion),
      ...(envelope.causationId ? { [TombstoneHeaders.causationId]: envelope.causationId } : {}),
    },
  };
}

/**
 * The envelope a consumed tombstone stands for: the type and fields its headers carry, and the
 * key as the aggregate id, which is all its data (`{ [idField]: key }`). A message without a value
 * that is not a tombstone of the catalogue can never be processed: it is malformed.
 */
export function envelopeOfTombstone(message: Pick<InboundMessage, 'key' | 'headers'>): EventEnvelope {
  const type = message.headers[Headers.type] ?? '';
  if (!isEventType(type) || !isTombstoneType(type)) {
    throw new PoisonMessageError('malformed', 'the message has no value and is not a tombstone of the catalogue');
  }
  const h = message.headers;
  const causationId = h[TombstoneHeaders.causationId];
  const subject = message.key ?? '';
  return {
    id: h[TombstoneHeaders.id] ?? '',
    type,
    version: Number(h[TombstoneHeaders.version] ?? 1),
    occurredAt: h[TombstoneHeaders.occurredAt] ?? '',
    // Only a topic's owner emits its events (newEvent): the source needs no header.
    source: Events[type].topic.owner,
    subject,
    aggregateVersion: Number(h[TombstoneHeaders.aggregateVersion]),
    correlationId: h[Headers.correlationId] ?? '',
    ...(causationId ? { causationId } : {}),
    data: { [Events[type].aggregate.idField]: subject },
  };
}
