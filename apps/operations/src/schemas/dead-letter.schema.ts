import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const DEAD_LETTER_MODEL = 'DeadLetter';

const replaySchema = new Schema(
  {
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
    outcome: { type: String },
    error: { type: String },
    completedAt: { type: Date },
  },
  { _id: false },
);

export const deadLetterSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    appliedRequestIds: { type: [String], default: [] },
    deadLetterTopic: { type: String, required: true },
    topic: { type: String, required: true },
    partition: { type: Number, required: true },
    offset: { type: String, required: true },
    consumer: { type: String, required: true },
    kind: { type: String, required: true },
    type: { type: String, default: null },
    key: { type: String, default: null },
    headers: { type: Schema.Types.Mixed, default: {} },
    value: { type: String, required: true },
    reason: { type: String, required: true },
    error: { type: String, default: '' },
    attempts: { type: Number, required: true },
    firstFailedAt: { type: Date, required: true },
    lastFailedAt: { type: Date, required: true },
    state: { type: String, required: true },
    replays: { type: [replaySchema], default: [] },
  },
  { collection: 'dead-letters', timestamps: true, minimize: false, versionKey: false },
);

// The list, newest first, filtered by topic, type or state.
deadLetterSchema.index({ createdAt: -1, _id: -1 });
deadLetterSchema.index({ topic: 1, createdAt: -1, _id: -1 });
deadLetterSchema.index({ state: 1, createdAt: -1, _id: -1 });
// The retention sweep: dead letters of personal-data topics, oldest failure first.
deadLetterSchema.index({ lastFailedAt: 1, _id: 1 });

// The events of each write travel in the document itself; the relay publishes them (ADR 0004).
withOutbox(deadLetterSchema);
