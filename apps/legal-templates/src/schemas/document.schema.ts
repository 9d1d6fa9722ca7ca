import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const DOCUMENT_MODEL = 'LegalDocument';
export const DOCUMENT_FILE_MODEL = 'DocumentFile';

export const documentSchema = new Schema(
  {
    _id: { type: String, required: true },
    templateKey: { type: String, required: true },
    templateVersion: { type: String, required: true },
    locale: { type: String, required: true },
    title: { type: String, required: true },
    applicationId: { type: String, required: false },
    matchId: { type: String, required: false },
    status: { type: String, required: true },
    parties: { type: Schema.Types.Mixed, required: true },
    readers: { type: [String], default: [] },
    binding: { type: Boolean, required: true },
    translationOf: { type: String, required: false },
    signatures: { type: Schema.Types.Mixed, required: false },
    files: { type: Schema.Types.Mixed, required: true },
    term: { type: Schema.Types.Mixed, required: false },
    retainedUntil: { type: Date, required: false },
    legalBasis: { type: String, required: false },
    keptFor: { type: [String], default: undefined },
    version: { type: Number, required: true },
    appliedRequestIds: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
  },
  { collection: 'documents', minimize: false, versionKey: false },
);

// An application's documents (GET /v1/applications/{id}/documents).
documentSchema.index({ applicationId: 1, createdAt: 1 });
// An account's documents: its erasure and its export (parties and signers are readers too).
documentSchema.index({ readers: 1 });
// The retention sweep: kept documents whose retention ended (absent on every other document).
documentSchema.index({ retainedUntil: 1 });
// What an erasure kept, listed in its confirmation even when a retry finds it anonymised already.
documentSchema.index({ keptFor: 1 });
withOutbox(documentSchema);

/** The bytes of each file, in a collection of their own keyed `${documentId}:${format}:${sha256}`. */
export const documentFileSchema = new Schema(
  {
    _id: { type: String, required: true },
    documentId: { type: String, required: true },
    format: { type: String, required: true },
    data: { type: Buffer, required: true },
  },
  { collection: 'document_files', versionKey: false },
);
