import { Schema } from 'mongoose';

export const INVESTOR_VETTING_MODEL = 'InvestorVetting';

/**
 * The gateway's projection of each investor's vetting status, fed by `investor.*` events, for
 * `GET /v1/me`. `_id` is the investor's account id; `version` the event's aggregate version, the
 * guard of ordered, idempotent upserts.
 */
export const investorVettingSchema = new Schema(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'investor_vetting', timestamps: true, versionKey: false },
);
