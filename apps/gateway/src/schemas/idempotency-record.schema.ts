import { Schema } from 'mongoose';

export const IDEMPOTENCY_RECORD_MODEL = 'IdempotencyRecord';

/**
 * `_id` is `<scope> <key>`: the unique index on (scope, key) that makes the first insert win
 * across gateway replicas (FerretDB enforces `_id` uniqueness like MongoDB).
 */
export const idempotencyRecordSchema = new Schema(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true },
    bodyHash: { type: String, required: true },
    state: { type: String, enum: ['in-progress', 'finished'], required: true },
    startedAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    status: { type: Number, required: false },
    headers: { type: Schema.Types.Mixed, required: false },
    body: { type: String, required: false },
  },
  { collection: 'idempotency_records', versionKey: false, minimize: false },
);

// Serves the sweep of old records and the erasure of an account's records.
idempotencyRecordSchema.index({ createdAt: 1 });
idempotencyRecordSchema.index({ scope: 1 });
