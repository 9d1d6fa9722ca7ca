import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const APPLICATION_MODEL = 'Application';

const statusChangeSchema = new Schema(
  {
    status: String,
    at: Date,
    by: String,
    reason: String,
    consent: { type: Schema.Types.Mixed, required: false },
    matchId: { type: String, required: false },
    documentId: { type: String, required: false },
  },
  { _id: false },
);
const consentsSchema = new Schema(
  { shareWithInvestors: Boolean, noticeVersion: String, at: Date, by: String },
  { _id: false },
);

export const applicationSchema = new Schema(
  {
    _id: { type: String, required: true },
    programmeId: { type: String, required: true },
    ownerId: { type: String, required: true },
    status: { type: String, required: true },
    organisation: { type: Schema.Types.Mixed, required: true },
    project: { type: Schema.Types.Mixed, default: {} },
    request: { type: Schema.Types.Mixed, default: {} },
    consents: { type: consentsSchema, required: false },
    version: { type: Number, required: true },
    history: { type: [statusChangeSchema], default: [] },
    createdByRequestId: { type: String, required: true },
    appliedRequestIds: { type: [String], default: [] },
    submittedAt: { type: Date, required: false },
    screening: { type: Schema.Types.Mixed, required: false },
    funding: { type: Schema.Types.Mixed, required: false },
    // Set when the owner was erased and the law keeps the application (domain/erasure.ts).
    retention: { type: Schema.Types.Mixed, required: false },
    // Always present (see activeKeyOf): FerretDB's unique index does not treat a missing field as
    // MongoDB does, so uniqueness is keyed on a field every document has.
    activeKey: { type: String, required: true },
  },
  { collection: 'applications', timestamps: true, minimize: false, versionKey: false },
);

// Serves the rule "one active application per account, programme and SIREN" (atomic on both databases).
applicationSchema.index({ activeKey: 1 }, { unique: true });
// Serves GET /v1/applications: an owner's applications, newest first (operators: all, same order).
applicationSchema.index({ ownerId: 1, createdAt: -1 });
applicationSchema.index({ createdAt: -1, _id: -1 });
// Serves the retention sweep: kept applications whose retention ended.
applicationSchema.index({ 'retention.until': 1 });
// Serves a redelivered erasure: the applications it kept, which no longer name their owner.
applicationSchema.index({ 'retention.erasureId': 1 });
withOutbox(applicationSchema);
