import { Schema } from 'mongoose';

export const APPLICATION_PROJECTION_MODEL = 'ApplicationProjection';

// Sub-schemas list the only fields kept: mongoose drops anything else (no person's name or
// contact reaches this database, even if a caller passed one). The SIREN is kept for the
// introduction, and shown to the investor only then.
const esusSchema = new Schema({ certified: Boolean, expiresOn: String }, { _id: false });

const organisationSchema = new Schema(
  {
    name: String,
    siren: String,
    legalForm: String,
    region: String,
    essCompany: Boolean,
    esus: { type: esusSchema, default: undefined },
  },
  { _id: false, minimize: false },
);

const projectSchema = new Schema(
  {
    title: String,
    summary: String,
    impactAreas: { type: [String], default: undefined },
    engagementDimensions: { type: [String], default: undefined },
    sdgs: { type: [Number], default: undefined },
    stage: String,
    beneficiaries: Number,
    totalCostCents: Number,
  },
  { _id: false, minimize: false },
);

const requestSchema = new Schema(
  { amountCents: Number, instrument: String, durationMonths: Number, purpose: String },
  { _id: false, minimize: false },
);

export const applicationProjectionSchema = new Schema(
  {
    // The application id: one projection per application, and the guard of ordered, idempotent upserts.
    _id: { type: String, required: true },
    programmeId: { type: String, required: true },
    ownerId: { type: String, required: true },
    status: { type: String, required: true },
    organisation: { type: organisationSchema, default: () => ({}) },
    project: { type: projectSchema, default: () => ({}) },
    request: { type: requestSchema, default: () => ({}) },
    shareWithInvestors: { type: Boolean, default: false },
    version: { type: Number, required: true },
    lastEventId: { type: String, required: true },
  },
  { collection: 'application_projections', timestamps: true, minimize: false, versionKey: false },
);

// An owner's applications: their erasure and their export.
applicationProjectionSchema.index({ ownerId: 1 });
// The applications an investor's new or changed thesis is matched against.
applicationProjectionSchema.index({ status: 1, shareWithInvestors: 1, _id: 1 });
