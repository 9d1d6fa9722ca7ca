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

  /**
   * The slots this replica knows are taken, per key and window. Counting the window's slots in the
   * database scans the collection on FerretDB's SQLite backend, so it is done once per key and
   * window; after that a request costs one insert, and the duplicates other replicas cause move
   * the count on.
   */
  private readonly known = new Map<string, number>();
  private knownWindow = -1;

  async take(key: string, window: number, limit: number, expiresAt: Date): Promise<number | undefined> {
    if (window > this.knownWindow) {
      this.known.clear();
      this.knownWindow = window;
    }
    const id = `${key}|${window}`;
    let taken = this.known.get(id) ?? (await this.model.countDocuments({ key, window }));
    // A duplicate key means a concurrent request (here or on another replica) took that slot.
    for (let slot = taken + 1; slot <= limit; slot += 1) {
      try {
        await this.model.create({ _id: `${id}|${slot}`, key, window, expiresAt });
        this.known.set(id, Math.max(this.known.get(id) ?? 0, slot));
        return slot;
      } catch (error) {
        if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
        taken = slot;
        this.known.set(id, Math.max(this.known.get(id) ?? 0, slot));
      }
    }
    return undefined;
  }

  async sweep(now: Date): Promise<number> {
    const result = await this.model.deleteMany({ expiresAt: { $lt: now } });
    return result.deletedCount;
  }

  async forget(key: string): Promise<number> {
    for (const id of this.known.keys()) if (id.startsWith(`${key}|`)) this.known.delete(id);
    return (await this.model.deleteMany({ key: { $eq: key } })).deletedCount;
  }
}
