import type { EventEnvelope } from '@pollen/contracts';
import { Schema } from 'mongoose';

/**
 * The outbox lives inside the aggregate's document: the state change and its pending events are
 * one single-document write, atomic on MongoDB and on FerretDB alike (docs/adr/0004-outbox-and-idempotent-consumers.md).
 */
export interface OutboxEntry {
  _id: string;
  envelope: EventEnvelope;
}

export interface WithOutbox {
  outbox: OutboxEntry[];
  hasOutbox: boolean;
  outboxFailures?: number;
  outboxSetAside?: { at: Date; failures: number; error: string };
}

const outboxEntrySchema = new Schema<OutboxEntry>(
  { _id: { type: String, required: true }, envelope: { type: Schema.Types.Mixed, required: true } },
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

/** The update fragment that appends events to a document's outbox. */
export function outboxPush(envelopes: EventEnvelope[]): {
  $push: { outbox: { $each: OutboxEntry[] } };
  $set: { hasOutbox: true };
} {
  return {
    $push: { outbox: { $each: envelopes.map((envelope) => ({ _id: envelope.id, envelope })) } },
    $set: { hasOutbox: true },
  };
}

/**
 * A unique index refused the write (code 11000). FerretDB's message does not name the index, so
 * callers that have several unique keys tell them apart another way.
 */
export const isDuplicateKeyError = (error: unknown): boolean => (error as { code?: number } | null)?.code === 11000;
