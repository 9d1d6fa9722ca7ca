import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';

import { RATE_LIMIT_SLOT_MODEL } from '../schemas/rate-limit-slot.schema';
import { RateLimitStore } from './rate-limit.store';

interface SlotDocument {
  _id: string;
  key: string;
  window: number;
  expiresAt: Date;
}

const DUPLICATE_KEY = 11000;

/** The only code that touches the rate_limit_slots collection. */
@Injectable()
export class RateLimitRepository extends RateLimitStore {
  constructor(@InjectModel(RATE_LIMIT_SLOT_MODEL) private readonly model: Model<SlotDocument>) {
    super();
  }

  async take(key: string, window: number, limit: number, expiresAt: Date): Promise<number | undefined> {
    // Start after the slots already counted; a duplicate key means a concurrent request took
    // that slot, so try the next one.
    for (let slot = (await this.model.countDocuments({ key, window })) + 1; slot <= limit; slot += 1) {
      try {
        await this.model.create({ _id: `${key}|${window}|${slot}`, key, window, expiresAt });
        return slot;
      } catch (error) {
        if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      }
    }
    return undefined;
  }

  async sweep(now: Date): Promise<number> {
    const result = await this.model.deleteMany({ expiresAt: { $lt: now } });
    return result.deletedCount;
  }
}
