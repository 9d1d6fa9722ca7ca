import { Schema } from 'mongoose';

export const ACCESS_DENIAL_MODEL = 'AccessDenial';

/**
 * An erased account's access tokens refused until `until`, when the last of them has expired.
 * `_id` is the account id: the AuthGuard's look-up on every signed-in request is by `_id`.
 */
export const accessDenialSchema = new Schema(
  {
    _id: { type: String, required: true },
    until: { type: Date, required: true },
  },
  { collection: 'access_denials', versionKey: false },
);

// Serves the sweep of denials past their end.
accessDenialSchema.index({ until: 1 });
