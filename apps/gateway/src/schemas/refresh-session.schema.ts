import { Schema } from 'mongoose';

export const REFRESH_SESSION_MODEL = 'RefreshSession';

/**
 * One document per refresh token. `_id` is the SHA-256 of the token: the token itself is never
 * stored. The tokens of one log-in share `familyId` and `sessionEndsAt`; ending the session sets
 * `revokedAt` on each of them. A token's use is recorded in refresh_token_uses.
 */
export const refreshSessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    familyId: { type: String, required: true },
    accountId: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    // Absent on tokens stored before sessions had an absolute end: they are refused.
    sessionEndsAt: { type: Date, required: true },
    revokedAt: { type: Date, required: false },
    // Absent on tokens stored before it was recorded.
    createdAt: { type: Date, required: false },
  },
  { collection: 'refresh_sessions', versionKey: false },
);

// Serves ending a session (revoking every token of one log-in) and, on each refresh, asking
// whether its session was ended.
refreshSessionSchema.index({ familyId: 1 });
// Serves ending every session of an account, its export and its erasure.
refreshSessionSchema.index({ accountId: 1 });
