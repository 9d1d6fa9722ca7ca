import { PREFERENCE_CATEGORIES } from '@pollen/contracts';
import { Schema } from 'mongoose';

export const PREFERENCES_MODEL = 'NotificationPreferences';

const channelChoicesSchema = new Schema(
  {
    'e-mail': { type: Boolean, required: true },
    'in-app': { type: Boolean, required: true },
    webhook: { type: Boolean, required: true },
  },
  { _id: false },
);

// A category left out is absent, not null: it takes every channel.
const categoriesSchema = new Schema(
  Object.fromEntries(PREFERENCE_CATEGORIES.map((category) => [category, { type: channelChoicesSchema }])),
  { _id: false },
);

// Read and written by `_id` only (one document per account): no other index.
export const preferencesSchema = new Schema(
  {
    // The account id.
    _id: { type: String, required: true },
    categories: { type: categoriesSchema, required: true },
    dealFlowAlerts: { type: String, required: true },
    updatedAt: { type: Date, default: null },
  },
  { collection: 'notification_preferences', minimize: false, versionKey: false },
);
