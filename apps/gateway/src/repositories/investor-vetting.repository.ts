import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { InvestorStatus } from '@pollen/contracts';
import { isDuplicateKeyError } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import { INVESTOR_VETTING_MODEL } from '../schemas/investor-vetting.schema';
import { InvestorVettingStore } from './investor-vetting.store';

interface InvestorVettingDocument {
  _id: string;
  status: InvestorStatus;
  version: number;
}

/** The only code that touches the investor_vetting collection. */
@Injectable()
export class InvestorVettingRepository extends InvestorVettingStore {
  constructor(@InjectModel(INVESTOR_VETTING_MODEL) private readonly model: Model<InvestorVettingDocument>) {
    super();
  }

  async statusOf(investorId: string): Promise<InvestorStatus | undefined> {
    const document = await this.model.findOne({ _id: { $eq: investorId } }).lean();
    return document?.status;
  }

  async saveIfNewer(investorId: string, status: InvestorStatus, version: number): Promise<boolean> {
    try {
      // Matches only an older version; when the stored one is as new or newer, the upsert tries to
      // insert a second document with the same _id and fails with a duplicate key (as matching's
      // application projection does). One investor's events are keyed by its id: one writer, in order.
      await this.model.updateOne(
        { _id: investorId, version: { $lt: version } },
        { $set: { status, version } },
        { upsert: true },
      );
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
