import { Schema } from 'mongoose';

export const REFRESH_TOKEN_USE_MODEL = 'RefreshTokenUse';

/**
 * The one use of a refresh token. `_id` is the token's hash: the unique `_id` is what lets one
 * refresh of a token win across gateway replicas, since FerretDB's conditional update is not a
 * compare-and-set under concurrency (ADR 0001); a second insert is a reuse.
 */
export const refreshTokenUseSchema = new Schema(
  {
    _id: { type: String, required: true },
    familyId: { type: String, required: true },
    usedAt: { type: Date, required: true },
  },
  { collection: 'refresh_token_uses', versionKey: false },
);

// Serves the erasure of an account's sessions, by their families.
refreshTokenUseSchema.index({ familyId: 1 });
