import { Schema } from 'mongoose';

export const INSTANCE_MODEL = 'Instance';

/** The latest heartbeat of each instance (its id is the _id), replaced by a newer one. */
export const instanceSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    heartbeat: { type: Schema.Types.Mixed, required: true },
    lastHeartbeatAt: { type: Date, required: true },
  },
  { collection: 'instances', minimize: false, versionKey: false },
);
