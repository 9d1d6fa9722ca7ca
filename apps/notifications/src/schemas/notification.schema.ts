import { Schema } from 'mongoose';

export const NOTIFICATION_MODEL = 'Notification';

const localizedTextSchema = new Schema(
  { fr: { type: String, required: true }, en: { type: String, required: true } },
  { _id: false },
);

export const notificationSchema = new Schema(
  {
    // The dedupe key `${eventId}:${recipientId}:${channel}`: a redelivered event inserts nothing.
    _id: { type: String, required: true },
    recipientId: { type: String, required: true },
    channel: { type: String, required: true },
    category: { type: String, required: true },
    critical: { type: Boolean, required: true },
    title: { type: localizedTextSchema, required: true },
    body: { type: localizedTextSchema, required: true },
    status: { type: String, required: true },
    readAt: { type: Date },
    subject: { type: String, required: true },
    sourceEventId: { type: String, required: true },
    mentions: { type: [String], default: undefined },
    createdAt: { type: Date, required: true },
  },
  { collection: 'notifications', minimize: false, versionKey: false },
);

// Serves list-notifications: a recipient's notifications, newest first (ties by _id, as the cursor pages).
notificationSchema.index({ recipientId: 1, createdAt: -1, _id: 1 });
// Serves the unread count, mark-all-notifications-read, and list-notifications of the unread only.
notificationSchema.index({ recipientId: 1, status: 1, createdAt: -1, _id: 1 });
// An erasure: the other people's items that name the erased account.
notificationSchema.index({ mentions: 1 });
// An erasure of an item made before mentions were kept: the match or application it is about.
notificationSchema.index({ subject: 1 });
// The retention sweep: read items past their retention.
notificationSchema.index({ status: 1, readAt: 1 });
