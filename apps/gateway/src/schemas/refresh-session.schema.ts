import { Schema } from 'mongoose';

export const REFRESH_SESSION_MODEL = 'RefreshSession';

/** `_id` is the SHA-256 of the refresh token: the token itself is never stored. */
export const refreshSessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    familyId: { type: String, required: true },
    accountId: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, required: false },
  },
  { collection: 'refresh_sessions', versionKey: false },
);

// Serves revoking every token of one login when a used token comes back (theft).
refreshSessionSchema.index({ familyId: 1 });
