import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { saveIfNewer } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { ApplicationSummary, IntroductionContacts, InvestorSummary, Recipient } from '../domain/directory';
import {
  APPLICATION_SUMMARY_MODEL,
  INTRODUCTION_CONTACTS_MODEL,
  INVESTOR_SUMMARY_MODEL,
  RECIPIENT_MODEL,
} from '../schemas/directory.schema';
import { DirectoryStore } from './directory.store';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FactsModel = Model<any>;

async function byId<T>(model: FactsModel, id: string, idField = 'id'): Promise<T | null> {
  const { _id, ...fields } = ((await model.findById(id).lean()) ?? {}) as Record<string, unknown>;
  return _id ? ({ [idField]: _id, ...fields } as T) : null;
}

/** The only code that touches the recipients, application_summaries, investor_summaries and introduction_contacts collections. */
@Injectable()
export class DirectoryRepository extends DirectoryStore {
  constructor(
    @InjectModel(RECIPIENT_MODEL) private readonly recipients: FactsModel,
    @InjectModel(APPLICATION_SUMMARY_MODEL) private readonly applications: FactsModel,
    @InjectModel(INVESTOR_SUMMARY_MODEL) private readonly investors: FactsModel,
    @InjectModel(INTRODUCTION_CONTACTS_MODEL) private readonly introductions: FactsModel,
  ) {
    super();
  }

  saveRecipient({ id, ...fields }: Recipient): Promise<boolean> {
    return saveIfNewer(this.recipients, id, fields, { whole: true });
  }

  recipient(id: string): Promise<Recipient | null> {
    return byId(this.recipients, id);
  }

  saveApplication({ id, ...fields }: ApplicationSummary): Promise<boolean> {
    return saveIfNewer(this.applications, id, fields, { whole: true });
  }

  application(id: string): Promise<ApplicationSummary | null> {
    return byId(this.applications, id);
  }

  saveInvestor({ id, ...fields }: InvestorSummary): Promise<boolean> {
    return saveIfNewer(this.investors, id, fields, { whole: true });
  }

  investor(id: string): Promise<InvestorSummary | null> {
    return byId(this.investors, id);
  }

  async saveIntroductionContacts({ matchId, ...fields }: IntroductionContacts): Promise<void> {
    await this.introductions.replaceOne({ _id: matchId }, fields, { upsert: true });
  }

  introductionContacts(matchId: string): Promise<IntroductionContacts | null> {
    return byId(this.introductions, matchId, 'matchId');
  }

  async forgetRecipient(id: string): Promise<boolean> {
    return (await this.recipients.deleteOne({ _id: { $eq: id } })).deletedCount === 1;
  }

  async forgetIntroductionContacts(matchId: string): Promise<boolean> {
    return (await this.introductions.deleteOne({ _id: { $eq: matchId } })).deletedCount === 1;
  }

  async forgetInvestor(id: string): Promise<boolean> {
    return (await this.investors.deleteOne({ _id: { $eq: id } })).deletedCount === 1;
  }

  async applicationsOf(ownerId: string): Promise<string[]> {
    const found = await this.applications.find({ ownerId: { $eq: ownerId } }, { _id: 1 }).lean();
    return found.map((document) => String(document._id));
  }

  async forgetAccount(accountId: string, applicationIds: string[]): Promise<number> {
    const applications = await this.applications.deleteMany({ ownerId: { $eq: accountId } });
    const investor = await this.investors.deleteOne({ _id: { $eq: accountId } });
    const contacts = await this.introductions.deleteMany({
      $or: [{ investorId: { $eq: accountId } }, { applicationId: { $in: applicationIds } }],
    });
    return applications.deletedCount + investor.deletedCount + contacts.deletedCount;
  }
}
