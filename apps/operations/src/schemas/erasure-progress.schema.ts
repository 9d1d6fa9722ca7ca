import { Schema } from 'mongoose';

export const ERASURE_PROGRESS_MODEL = 'ErasureProgress';

const serviceErasureSchema = new Schema(
  {
    service: { type: String, required: true },
    status: { type: String, required: true },
    completedAt: { type: Date },
    erased: { type: [Schema.Types.Mixed], default: [] },
    kept: { type: [Schema.Types.Mixed], default: [] },
  },
  { _id: false, minimize: false },
);

/** Each erasure's progress (the erasure id is the _id); the request's fields come when it does. */
export const erasureProgressSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    accountId: { type: String },
    role: { type: String },
    receiptHash: { type: String },
    requestedAt: { type: Date },
    status: { type: String, required: true },
    completedAt: { type: Date },
    services: { type: [serviceErasureSchema], default: [] },
  },
  { collection: 'erasure_progress', minimize: false, versionKey: false },
);

// The operators' list, newest request first, optionally by status.
erasureProgressSchema.index({ requestedAt: -1, _id: -1 });
erasureProgressSchema.index({ status: 1, requestedAt: -1, _id: -1 });
// An account's export: the erasures it asked for.
erasureProgressSchema.index({ accountId: 1 });
