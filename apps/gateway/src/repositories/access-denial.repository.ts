import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
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
    await this.model.updateOne({ _id: { $eq: accountId } }, { $max: { until } }, { upsert: true });
  }

  async isDenied(accountId: string, now: Date): Promise<boolean> {
    const denial = await this.model.findOne({ _id: { $eq: accountId } }).lean();
    return denial !== null && denial.until > now;
  }

  async sweep(now: Date): Promise<number> {
    return (await this.model.deleteMany({ until: { $lt: now } })).deletedCount;
  }
}
