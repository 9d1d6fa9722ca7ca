import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const MATCH_MODEL = 'Match';

export const matchSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    appliedRequestIds: { type: [String], default: [] },
    applicationId: { type: String, required: true },
    investorId: { type: String, required: true },
    programmeId: { type: String, required: true },
    generation: { type: Number, required: true },
    status: { type: String, required: true },
    score: { type: Number, required: true },
    // Frozen at proposal and only ever read back whole.
    explanation: { type: [Schema.Types.Mixed], default: [] },
    // Kept whole and only read back whole, as the explanation is.
    interest: { type: Schema.Types.Mixed, default: undefined },
    pass: { type: Schema.Types.Mixed, default: undefined },
    // Both sides' contacts: personal data, removed when either side is erased (domain/match-erasure.ts).
    introduction: { type: Schema.Types.Mixed, default: undefined },
    partyErasedAt: { type: Date, required: false },
    decline: { type: Schema.Types.Mixed, default: undefined },
    retractCause: String,
    retractGate: String,
    proposedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'matches', minimize: false, versionKey: false },
);

// A pair's matches by generation; each side's open matches; an investor's matches this month.
matchSchema.index({ applicationId: 1, investorId: 1, generation: -1 });
matchSchema.index({ investorId: 1, applicationId: 1, generation: -1 });
matchSchema.index({ applicationId: 1, status: 1 });
matchSchema.index({ investorId: 1, status: 1 });
matchSchema.index({ investorId: 1, proposedAt: 1 });
// An investor's deal-flow: best score first, then the most recent.
matchSchema.index({ investorId: 1, score: -1, proposedAt: -1, _id: 1 });

// The events of each write travel in the document itself; the relay publishes them (ADR 0004).
withOutbox(matchSchema);
