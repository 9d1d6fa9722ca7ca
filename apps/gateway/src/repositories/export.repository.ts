import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce } from '@pollen/platform/mongo';
import type { FilterQuery, Model } from 'mongoose';

import type { ExportJob } from '../domain/export';
import { EXPORT_ATTEMPT_MODEL, EXPORT_MODEL } from '../schemas/export.schema';
import { type ExportOutcome, ExportStore } from './export.store';

type ExportDocument = Omit<ExportJob, 'id'> & { _id: string };

interface AttemptDocument {
  _id: string;
  exportId: string;
  startedAt: Date;
}

const toJob = ({ _id, ...fields }: ExportDocument): ExportJob => ({ id: _id, ...fields });

/** The only code that touches the exports and export_attempts collections. */
@Injectable()
export class ExportRepository extends ExportStore {
  constructor(
    @InjectModel(EXPORT_MODEL) private readonly model: Model<ExportDocument>,
    @InjectModel(EXPORT_ATTEMPT_MODEL) private readonly attempts: Model<AttemptDocument>,
  ) {
    super();
  }

  async insert(job: ExportJob): Promise<void> {
    const { id, ...fields } = job;
    await this.model.create({ _id: id, ...fields });
  }

  async findOwned(id: string, accountId: string, now: Date): Promise<ExportJob | null> {
    const document = await this.model
      .findOne({ _id: { $eq: id }, accountId: { $eq: accountId }, expiresAt: { $gt: now } })
      .lean();
    return document ? toJob(document) : null;
  }

  claimAttempt(id: string, attempt: number, at: Date): Promise<boolean> {
    return insertOnce(this.attempts, `${id}#${attempt}`, { exportId: id, startedAt: at });
  }

  async startAttempt(id: string, attempt: number, at: Date): Promise<void> {
    await this.model.updateOne({ _id: { $eq: id }, status: 'pending' }, { $set: { attempt, attemptStartedAt: at } });
  }

  async finish(id: string, outcome: ExportOutcome): Promise<void> {
    const $set = Object.fromEntries(Object.entries(outcome).filter(([, value]) => value !== undefined));
    await this.model.updateOne({ _id: { $eq: id }, status: 'pending' }, { $set });
  }

  async interrupted(before: Date, limit: number): Promise<ExportJob[]> {
    const documents = await this.model
      .find({ status: 'pending', attemptStartedAt: { $lt: before } })
      .sort({ attemptStartedAt: 1 })
      .limit(limit)
      .lean();
    return documents.map(toJob);
  }

  sweep(now: Date): Promise<number> {
    return this.remove({ expiresAt: { $lt: now } });
  }

  eraseAccount(accountId: string): Promise<number> {
    return this.remove({ accountId: { $eq: accountId } });
  }

  /** The claims first: a crash in between leaves the exports, which the next run finds again. */
  private async remove(filter: FilterQuery<ExportDocument>): Promise<number> {
    const ids = (await this.model.find(filter, { _id: 1 }).lean()).map((document) => document._id);
    if (ids.length === 0) return 0;
    await this.attempts.deleteMany({ exportId: { $in: ids } });
    return (await this.model.deleteMany({ _id: { $in: ids } })).deletedCount;
  }
}
