import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const INVESTOR_MODEL = 'Investor';

export const investorSchema = new Schema(
  {
    // The investor's account id: the account event and the first profile patch create the same one.
    _id: { type: String, required: true },
    status: { type: String, required: true },
    statusReason: { type: String, required: false },
    // Validated as a whole by the use case (InvestorProfileDto) before every write.
    profile: { type: Schema.Types.Mixed, required: false },
    version: { type: Number, required: true },
    appliedRequestIds: { type: [String], default: [] },
  },
  { collection: 'investors', timestamps: true, minimize: false, versionKey: false },
);

// Serves GET /v1/ops/investors: by status, oldest first.
investorSchema.index({ status: 1, createdAt: 1, _id: 1 });
// The events of each write travel in the document itself; the relay publishes them (ADR 0004).
withOutbox(investorSchema);
