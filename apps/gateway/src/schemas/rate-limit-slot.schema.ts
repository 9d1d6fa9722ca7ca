import { Schema } from 'mongoose';

export const RATE_LIMIT_SLOT_MODEL = 'RateLimitSlot';

/**
 * One counted request: `_id` is `<key>|<window>|<slot>`, the unique index on (key, window, slot).
 * FerretDB has no atomic `$inc` under concurrency and no TTL index, so a request counts by
 * inserting the next slot; the database refuses a slot a concurrent request took.
 */
export const rateLimitSlotSchema = new Schema(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    window: { type: Number, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'rate_limit_slots', versionKey: false },
);

// Serves counting a window's slots (and forgetting an erased account's), and the sweep of windows two periods old.
rateLimitSlotSchema.index({ key: 1, window: 1 });
rateLimitSlotSchema.index({ expiresAt: 1 });
