import { Schema } from 'mongoose';

export const WEBHOOK_ENDPOINT_MODEL = 'WebhookEndpoint';

const webhookSecretSchema = new Schema(
  {
    // AES-256-GCM with WEBHOOK_SECRETS_KEY (SecretBox): never the secret in clear.
    sealed: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, default: null },
    // The request that made it: its retry is answered with it again.
    requestId: { type: String, required: false },
  },
  { _id: false },
);

export const webhookEndpointSchema = new Schema(
  {
    // The request's id when it had an Idempotency-Key: a retried registration finds the first one.
    _id: { type: String, required: true },
    ownerId: { type: String, required: true },
    ownerRole: { type: String, required: true },
    url: { type: String, required: true },
    events: { type: [String], required: true },
    // The newest first.
    secrets: { type: [webhookSecretSchema], required: true },
    status: { type: String, required: true },
    failingSince: { type: Date, default: null },
    lastFailureAt: { type: Date, default: null },
    disabledAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'webhook_endpoints', minimize: false, versionKey: false },
);

// An owner's endpoints, the oldest first (list-webhooks, the per-account limit), and the owner's
// own branch of forEvent.
webhookEndpointSchema.index({ ownerId: 1, createdAt: 1 });
// forEvent's other branch: the active operators' endpoints subscribed to an event type.
webhookEndpointSchema.index({ ownerRole: 1, status: 1, events: 1 });
