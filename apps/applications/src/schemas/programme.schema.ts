import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const PROGRAMME_MODEL = 'Programme';

const budgetHoldSchema = new Schema(
  { holdId: String, applicationId: String, amountCents: Number, state: String, heldAt: Date },
  { _id: false },
);

export const programmeSchema = new Schema(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    operatorName: { type: String, required: true },
    operatorSiren: { type: String, required: false },
    operatorLegalForm: { type: String, required: false },
    kind: { type: String, required: true },
    opensAt: { type: Date, required: true },
    closesAt: { type: Date, required: true },
    confirmedDeadlines: { type: [String], default: undefined },
    budgetCents: { type: Number, required: true },
    holds: { type: [budgetHoldSchema], default: [] },
    maxShareOfCost: { type: Number, required: false },
    tranches: {
      type: [new Schema({ sharePercent: Number, monthsAfterSigning: Number, condition: String }, { _id: false })],
      default: undefined,
    },
    eligibility: { type: Schema.Types.Mixed, required: true },
    version: { type: Number, required: true },
    createdBy: { type: String, required: true },
    appliedRequestIds: { type: [String], default: [] },
  },
  { collection: 'programmes', timestamps: true, minimize: false, versionKey: false },
);

// Serves GET /v1/programmes: pages ordered by closing date, then id.
programmeSchema.index({ closesAt: 1, _id: 1 });
// Serves the budget sweep: programmes with a hold still waiting for its decision.
programmeSchema.index({ 'holds.state': 1 });
withOutbox(programmeSchema);
