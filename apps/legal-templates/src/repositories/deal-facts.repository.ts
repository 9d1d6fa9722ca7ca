import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { saveIfNewer } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { ApplicationFacts, IntroductionFacts, InvestorFacts, ProgrammeFacts } from '../domain/deal-facts';
import {
  DEAL_APPLICATION_MODEL,
  DEAL_INVESTOR_MODEL,
  DEAL_PROGRAMME_MODEL,
  INTRODUCTION_MODEL,
} from '../schemas/deal-facts.schema';
import { DealFactsStore } from './deal-facts.store';

type Stored<T> = Omit<T, 'id' | 'matchId'> & { _id: string };

/**
 * The only code that touches the deal_programmes, deal_applications, deal_investors and introductions
 * collections.
 * A programme or application is kept whole from each event: a field a change removed goes too.
 */
@Injectable()
export class DealFactsRepository extends DealFactsStore {
  constructor(
    @InjectModel(DEAL_PROGRAMME_MODEL) private readonly programmes: Model<Stored<ProgrammeFacts>>,
    @InjectModel(DEAL_APPLICATION_MODEL) private readonly applications: Model<Stored<ApplicationFacts>>,
    @InjectModel(DEAL_INVESTOR_MODEL) private readonly investors: Model<Stored<InvestorFacts>>,
    @InjectModel(INTRODUCTION_MODEL) private readonly introductions: Model<Stored<IntroductionFacts>>,
  ) {
    super();
  }

  saveProgramme({ id, ...fields }: ProgrammeFacts): Promise<boolean> {
    return saveIfNewer(this.programmes, id, fields, { whole: true });
  }

  async programme(id: string): Promise<ProgrammeFacts | null> {
    const { _id, ...fields } = (await this.programmes.findById(id).lean()) ?? {};
    return _id ? ({ id: _id, ...fields } as ProgrammeFacts) : null;
  }

  saveApplication({ id, ...fields }: ApplicationFacts): Promise<boolean> {
    return saveIfNewer(this.applications, id, fields, { whole: true });
  }

  async application(id: string): Promise<ApplicationFacts | null> {
    const { _id, ...fields } = (await this.applications.findById(id).lean()) ?? {};
    return _id ? ({ id: _id, ...fields } as ApplicationFacts) : null;
  }

  saveInvestor({ id, ...fields }: InvestorFacts): Promise<boolean> {
    return saveIfNewer(this.investors, id, fields, { whole: true });
  }

  async investor(id: string): Promise<InvestorFacts | null> {
    const { _id, ...fields } = (await this.investors.findById(id).lean()) ?? {};
    return _id ? ({ id: _id, ...fields } as InvestorFacts) : null;
  }

  async forgetInvestor(id: string): Promise<boolean> {
    return (await this.investors.deleteOne({ _id: { $eq: id } })).deletedCount === 1;
  }

  async saveIntroduction({ matchId, ...fields }: IntroductionFacts): Promise<void> {
    await this.introductions.updateOne({ _id: matchId }, { $setOnInsert: fields }, { upsert: true });
  }

  async introduction(matchId: string): Promise<IntroductionFacts | null> {
    const { _id, ...fields } = (await this.introductions.findById(matchId).lean()) ?? {};
    return _id ? ({ matchId: _id, ...fields } as IntroductionFacts) : null;
  }

  async forgetAccount(accountId: string): Promise<number> {
    const applications = await this.applications.deleteMany({ ownerId: { $eq: accountId } });
    const introductions = await this.introductions.deleteMany({
      $or: [{ 'applicant.accountId': { $eq: accountId } }, { 'investor.accountId': { $eq: accountId } }],
    });
    const investor = await this.investors.deleteOne({ _id: { $eq: accountId } });
    return applications.deletedCount + introductions.deletedCount + investor.deletedCount;
  }
}
