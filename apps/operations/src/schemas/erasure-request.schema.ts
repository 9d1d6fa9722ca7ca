import { Schema } from 'mongoose';

export const ERASURE_REQUEST_MODEL = 'ErasureRequest';

/** Each erasure's request (the erasure id is the _id), inserted once; only completedAt is set later. */
export const erasureRequestSchema = new Schema(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    role: { type: String, required: true },
    receiptHash: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    completedAt: { type: Date },
  },
  { collection: 'erasure_requests', versionKey: false },
);

// The operators' list, newest request first.
erasureRequestSchema.index({ requestedAt: -1, _id: -1 });
// The same list by status (completed or not).
erasureRequestSchema.index({ completedAt: 1, requestedAt: -1, _id: -1 });
// An account's export, and the dead letters kept after an erasure (the requests of a few accounts).
erasureRequestSchema.index({ accountId: 1 });
