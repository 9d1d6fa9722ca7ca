import { Schema } from 'mongoose';

export const TIMELINE_ENTRY_MODEL = 'TimelineEntry';

/** Events about applications (and the whole notification log), by event id: see TimelineEntry. */
export const timelineEntrySchema = new Schema(
  {
    _id: { type: String, required: true },
    applicationId: { type: String, default: null },
    type: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    aggregateVersion: { type: Number, required: true },
    source: { type: String, required: true },
    subject: { type: String, required: true },
    detail: { type: String, default: null },
    channel: { type: String, default: null },
    recipientId: { type: String, default: null },
    correlationId: { type: String, required: true },
    causationId: { type: String, default: null },
    traceId: { type: String, default: null },
    topic: { type: String, required: true },
    partition: { type: Number, required: true },
    offset: { type: String, required: true },
  },
  { collection: 'timeline_entries', versionKey: false },
);

// One application's timeline, in order; the status's count of recent delivery failures.
timelineEntrySchema.index({ applicationId: 1, occurredAt: 1, aggregateVersion: 1, _id: 1 });
timelineEntrySchema.index({ type: 1, occurredAt: 1 });
// An erasure's and an export's search.
timelineEntrySchema.index({ recipientId: 1 });
