import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@pollen/platform/mongo';
import DataLoader from 'dataloader';
import type { Model } from 'mongoose';

import { ACCESS_DENIAL_MODEL } from '../schemas/access-denial.schema';
import { AccessDenialStore } from './access-denial.store';

interface DenialDocument {
  _id: string;
  until: Date;
}

/** The only code that touches the access_denials collection. */
@Injectable()
export class AccessDenialRepository extends AccessDenialStore {
  /**
   * Every signed-in request asks; the look-ups one turn of the event loop gathers go as one query.
   * Under load that is one query instead of hundreds, each of which would wait for a connection
   * (a deadline rush once left 74,000 requests refused by this look-up's wait). Nothing is cached:
   * a look-up is sent after its request arrived, so an erasure written before is always seen.
   */
  private readonly denials = new DataLoader<string, Date | null>((ids) => this.untilOf(ids), {
    cache: false,
    batchScheduleFn: (send) => setImmediate(send),
  });

  constructor(@InjectModel(ACCESS_DENIAL_MODEL) private readonly model: Model<DenialDocument>) {
    super();
  }

  async deny(accountId: string, until: Date): Promise<void> {
    const extend = () => this.model.updateOne({ _id: { $eq: accountId } }, { $max: { until } }, { upsert: true });
    try {
      await extend();
    } catch (error) {
      // Two upserts at once (a double-submitted erasure): the loser's insert collides; the denial
      // exists now, so extending it again is an update.
      if (!isDuplicateKeyError(error)) throw error;
      await extend();
    }
  }

  async lift(accountId: string): Promise<void> {
    await this.model.deleteOne({ _id: { $eq: accountId } });
  }

  async isDenied(accountId: string, now: Date): Promise<boolean> {
    const until = await this.denials.load(accountId);
    return until !== null && until > now;
  }

  private async untilOf(ids: readonly string[]): Promise<(Date | null)[]> {
    const denials = await this.model.find({ _id: { $in: [...new Set(ids)] } }, { until: 1 }).lean();
    const untilById = new Map(denials.map((denial) => [denial._id, denial.until]));
    return ids.map((id) => untilById.get(id) ?? null);
  }

  async sweep(now: Date): Promise<number> {
    return (await this.model.deleteMany({ until: { $lt: now } })).deletedCount;
  }
}
