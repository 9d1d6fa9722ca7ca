import { Schema } from 'mongoose';

export const ACCOUNT_LOCALE_MODEL = 'AccountLocale';

export const accountLocaleSchema = new Schema(
  {
    // The account id.
    _id: { type: String, required: true },
    locale: { type: String, required: true },
  },
  { collection: 'account_locales', versionKey: false },
);
