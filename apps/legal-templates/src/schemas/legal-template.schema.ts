import { Schema } from 'mongoose';

export const LEGAL_TEMPLATE_MODEL = 'LegalTemplate';

export const legalTemplateSchema = new Schema(
  {
    key: { type: String, required: true },
    version: { type: String, required: true },
    locale: { type: String, required: true },
    title: { type: String, required: true },
    kind: { type: String, required: true },
    status: { type: String, required: true },
    // A published version says when it was published (the list shows it).
    publishedAt: {
      type: Date,
      required: function (this: { status?: string }) {
        return this.status === 'published';
      },
    },
  },
  { collection: 'templates', timestamps: true, minimize: false, versionKey: false },
);

// Serves the rule "one document per template key, version and locale" (a version is written once).
legalTemplateSchema.index({ key: 1, version: 1, locale: 1 }, { unique: true });
// Serves list-legal-templates: the published templates, by key.
legalTemplateSchema.index({ status: 1, key: 1 });
