import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@pollen/platform/mongo';
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
    const denial = await this.model.findOne({ _id: { $eq: accountId } }).lean();
    return denial !== null && denial.until > now;
  }

  async sweep(now: Date): Promise<number> {
    return (await this.model.deleteMany({ until: { $lt: now } })).deletedCount;
  }
}
