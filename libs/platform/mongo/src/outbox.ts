import type { EventEnvelope } from '@pollen/contracts';
import { activeTraceparent } from '@pollen/platform/tracing';
import { Schema } from 'mongoose';

/**
 * The outbox lives inside the aggregate's document: the state change and its pending events are
 * one single-document write, atomic on MongoDB and on FerretDB alike (docs/adr/0004-outbox-and-idempotent-consumers.md).
 */
export interface OutboxEntry {
  _id: string;
  envelope: EventEnvelope;
  /** The W3C trace context of the change that wrote the event: it is published in that trace. */
  traceparent?: string;
}

export interface WithOutbox {
  outbox: OutboxEntry[];
  hasOutbox: boolean;
  outboxFailures?: number;
  outboxSetAside?: { at: Date; failures: number; error: string };
}

const outboxEntrySchema = new Schema<OutboxEntry>(
  {
    _id: { type: String, required: true },
    envelope: { type: Schema.Types.Mixed, required: true },
    traceparent: { type: String, required: false },
  },
  { _id: false, minimize: false },
);

/**
 * Adds the outbox to an aggregate schema. The aggregate must keep a numeric `version` that every
 * write adding events increments: the relay empties an outbox only if the version is unchanged.
 */
export function withOutbox(schema: Schema): void {
  schema.add({
    outbox: { type: [outboxEntrySchema], default: [] },
    hasOutbox: { type: Boolean, default: false },
    // The relay's own bookkeeping: failed sends of this document's events, and when it gave up.
    outboxFailures: { type: Number, required: false },
    outboxSetAside: { type: Schema.Types.Mixed, required: false },
  });
  // Serves the relay's poll: find({ hasOutbox: true }).
  schema.index({ hasOutbox: 1 });
}

const entryOf = (envelope: EventEnvelope, traceparent: string | undefined): OutboxEntry =>
  traceparent ? { _id: envelope.id, envelope, traceparent } : { _id: envelope.id, envelope };

/** The update fragment that appends events to a document's outbox, in the active trace. */
export function outboxPush(envelopes: EventEnvelope[]): {
  $push: { outbox: { $each: OutboxEntry[] } };
  $set: { hasOutbox: true };
} {
  const traceparent = activeTraceparent();
  return {
    $push: { outbox: { $each: envelopes.map((envelope) => entryOf(envelope, traceparent)) } },
    $set: { hasOutbox: true },
  };
}

/**
 * A unique index refused the write (code 11000). FerretDB's message does not name the index, so
 * callers that have several unique keys tell them apart another way.
 */
export const isDuplicateKeyError = (error: unknown): boolean => (error as { code?: number } | null)?.code === 11000;
