import { Schema } from 'mongoose';

export const EXPORT_MODEL = 'Export';
export const EXPORT_ATTEMPT_MODEL = 'ExportAttempt';

/**
 * One export of a person's data: the job, then its archive (what every service answered), kept
 * until `expiresAt`. `_id` is the export id.
 */
export const exportSchema = new Schema(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    role: { type: String, required: true },
    status: { type: String, enum: ['pending', 'ready', 'failed'], required: true },
    requestedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    attempt: { type: Number, required: true },
    attemptStartedAt: { type: Date, required: true },
    readyAt: { type: Date, required: false },
    error: { type: String, required: false },
    archive: { type: Schema.Types.Mixed, required: false },
  },
  { collection: 'exports', versionKey: false, minimize: false },
);

// Serves the erasure of an account's exports.
exportSchema.index({ accountId: 1 });
// Serves finding the jobs a restart interrupted.
exportSchema.index({ status: 1, attemptStartedAt: 1 });
// Serves the sweep of expired exports.
exportSchema.index({ expiresAt: 1 });

/**
 * The claim of one run of an export: `_id` is `<export id>#<attempt>`. Replicas resuming the same
 * interrupted job race to insert it, and the unique `_id` lets one win (FerretDB's conditional
 * update is no compare-and-set under concurrency, ADR 0001).
 */
export const exportAttemptSchema = new Schema(
  {
    _id: { type: String, required: true },
    exportId: { type: String, required: true },
    startedAt: { type: Date, required: true },
  },
  { collection: 'export_attempts', versionKey: false },
);

// Serves deleting the claims of exports that expired or were erased.
exportAttemptSchema.index({ exportId: 1 });
