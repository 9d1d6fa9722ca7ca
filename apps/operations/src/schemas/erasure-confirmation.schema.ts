import { Schema } from 'mongoose';

export const ERASURE_CONFIRMATION_MODEL = 'ErasureConfirmation';

/** Each service's confirmation of an erasure (`<erasureId>:<service>` is the _id), inserted once. */
export const erasureConfirmationSchema = new Schema(
  {
    _id: { type: String, required: true },
    erasureId: { type: String, required: true },
    service: { type: String, required: true },
    completedAt: { type: Date, required: true },
    erased: { type: [Schema.Types.Mixed], default: [] },
    kept: { type: [Schema.Types.Mixed], default: [] },
  },
  { collection: 'erasure_confirmations', minimize: false, versionKey: false },
);

// An erasure's progress: the confirmations of the requests read.
erasureConfirmationSchema.index({ erasureId: 1 });
