import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const TEMPLATE_VERSION_MODEL = 'TemplateVersion';

export const templateVersionSchema = new Schema(
  {
    // `${key}@${semver}`: a version is written once; a second with the same number is refused.
    _id: { type: String, required: true },
    key: { type: String, required: true },
    semver: { type: String, required: true },
    // Derived at every write: the semver, zero-padded, so versions sort as numbers do.
    semverOrder: { type: String, required: true },
    title: { type: Schema.Types.Mixed, required: true },
    description: { type: Schema.Types.Mixed, required: true },
    instruments: { type: [String], required: true },
    // Validated by the use case (ajv compiles it at publishing); stored as given.
    schema: { type: Schema.Types.Mixed, required: true },
    bodies: { type: Schema.Types.Mixed, required: true },
    status: { type: String, required: true },
    publishedAt: { type: Date, required: false },
    version: { type: Number, required: true },
    appliedRequestIds: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'template_versions', minimize: false, versionKey: false },
);

// A template's versions, the newest first (GET /v1/legal-templates/{key}, the latest when adding one).
templateVersionSchema.index({ key: 1, semverOrder: -1 });
// The list: the newest created first, published ones for most readers, every one for operators.
templateVersionSchema.index({ status: 1, createdAt: -1, _id: 1 });
templateVersionSchema.index({ createdAt: -1, _id: 1 });
// Versions carry no events today; the outbox keeps the one write path of every aggregate (ADR 0004).
withOutbox(templateVersionSchema);
