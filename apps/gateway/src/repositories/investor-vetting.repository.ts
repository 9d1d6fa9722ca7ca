import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { InvestorStatus } from '@pollen/contracts';
import { saveIfNewer } from '@pollen/platform/mongo';
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

  saveIfNewer(investorId: string, status: InvestorStatus, version: number): Promise<boolean> {
    return saveIfNewer(this.model, investorId, { status, version });
  }

  async forget(investorId: string): Promise<number> {
    return (await this.model.deleteOne({ _id: { $eq: investorId } })).deletedCount;
  }
}
