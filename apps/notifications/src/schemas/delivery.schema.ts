import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const DELIVERY_MODEL = 'Delivery';
export const DELIVERY_ATTEMPT_MODEL = 'DeliveryAttempt';

export const deliverySchema = new Schema(
  {
    // The dedupe key `${eventId}:${recipientId}:${channel}`: a redelivered event inserts nothing.
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    kind: { type: String, required: true },
    channel: { type: String, required: true },
    recipientId: { type: String, required: true },
    applicationId: { type: String, required: false },
    message: { type: Schema.Types.Mixed, required: true },
    // Webhook calls: { endpointId, body }.
    webhook: { type: Schema.Types.Mixed, required: false },
    sourceEventId: { type: String, required: true },
    correlationId: { type: String },
    mentions: { type: [String], default: undefined },
    status: { type: String, required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, default: null },
    lastAttemptAt: { type: Date, required: false },
    lastError: { type: String, required: false },
    subject: { type: String, required: false },
    locale: { type: String, required: false },
    sentAt: { type: Date, required: false },
    createdAt: { type: Date, required: true },
  },
  { collection: 'deliveries', minimize: false, versionKey: false },
);

// Each dispatcher's poll (e-mail, webhook): what is due, the longest waiting first.
deliverySchema.index({ channel: 1, status: 1, nextAttemptAt: 1 });
// An endpoint's calls, the newest first (its owner's list).
deliverySchema.index({ 'webhook.endpointId': 1, createdAt: -1 });
// The inbox's delivery status: the deliveries of one event to one person.
deliverySchema.index({ sourceEventId: 1, recipientId: 1 });
// The operators' list of failures, the last failure first.
deliverySchema.index({ status: 1, lastAttemptAt: -1 });
// An erasure: the account's own deliveries, and the others' that name it (or its application).
deliverySchema.index({ recipientId: 1, createdAt: -1 });
deliverySchema.index({ mentions: 1 });
deliverySchema.index({ applicationId: 1 });
// The retention sweep: ended deliveries of a channel, the oldest first.
deliverySchema.index({ channel: 1, status: 1, createdAt: 1 });
withOutbox(deliverySchema);

/**
 * One attempt at a delivery, keyed `${deliveryId}#${attempt}`: inserting it claims the attempt.
 * The unique _id is the only guard that is atomic on FerretDB as on MongoDB, so two replicas
 * never make the same attempt at once.
 */
export const deliveryAttemptSchema = new Schema(
  {
    _id: { type: String, required: true },
    deliveryId: { type: String, required: true },
    startedAt: { type: Date, required: true },
  },
  { collection: 'delivery_attempts', versionKey: false },
);

// An erasure deletes a delivery's attempts; the retention sweep the old ones.
deliveryAttemptSchema.index({ deliveryId: 1 });
deliveryAttemptSchema.index({ startedAt: 1 });
