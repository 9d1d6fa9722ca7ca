import { withOutbox } from '@pollen/platform/mongo';
import { Schema } from 'mongoose';

export const ACCOUNT_MODEL = 'Account';

export const accountSchema = new Schema(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true },
    // Absent from an erased account's stub, which keeps only what names no one.
    passwordHash: { type: String, required: false },
    role: { type: String, required: true },
    displayName: { type: String, required: false },
    locale: { type: String, required: false },
    version: { type: Number, required: true },
    contactPublished: { type: Boolean, required: false },
    erasedAt: { type: Date, required: false },
    erasureId: { type: String, required: false },
    // SHA-256 of the erasure's receipt: the receipt itself was shown once, to the person.
    receiptHash: { type: String, required: false },
  },
  { collection: 'accounts', timestamps: { createdAt: true, updatedAt: true }, versionKey: false },
);

// Serves log-in by e-mail, and makes "one account per e-mail" atomic. An erased account's stub
// keeps a unique placeholder instead of the address (ErasedAccount.email says why).
accountSchema.index({ email: 1 }, { unique: true });
withOutbox(accountSchema);
