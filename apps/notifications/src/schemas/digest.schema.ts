import { Schema } from 'mongoose';

export const DIGEST_ENTRY_MODEL = 'DigestEntry';

export const digestEntrySchema = new Schema(
  {
    // `${eventId}:${recipientId}`: a redelivered event inserts nothing.
    _id: { type: String, required: true },
    recipientId: { type: String, required: true },
    match: { type: Schema.Types.Mixed, required: true },
    mentions: { type: [String], default: undefined },
    createdAt: { type: Date, required: true },
    digestId: { type: String, default: null },
  },
  { collection: 'digest_entries', minimize: false, versionKey: false },
);

// The digest clock's question: who has entries no digest listed yet, recorded before the cutoff.
digestEntrySchema.index({ digestId: 1, createdAt: 1 });
digestEntrySchema.index({ recipientId: 1, digestId: 1, createdAt: 1 });
// An erasure: the other investors' entries that name the erased applicant, or its matches.
digestEntrySchema.index({ mentions: 1 });
digestEntrySchema.index({ 'match.matchId': 1 });
