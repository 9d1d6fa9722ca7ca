import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const ACCOUNT_MODEL = 'Account';

export const accountSchema = new Schema(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true },
    passwordHash: { type: String, required: true },
    role: { type: String, required: true },
    displayName: { type: String, required: true },
    locale: { type: String, required: true },
    version: { type: Number, required: true },
    contactPublished: { type: Boolean, required: false },
  },
  { collection: 'accounts', timestamps: { createdAt: true, updatedAt: true }, versionKey: false },
);

// Serves log-in by e-mail, and makes "one account per e-mail" atomic.
accountSchema.index({ email: 1 }, { unique: true });
withOutbox(accountSchema);
