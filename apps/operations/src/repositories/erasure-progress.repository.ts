import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce, KeyedMutex } from '@pollen/platform/mongo';
import type { FilterQuery, Model } from 'mongoose';

import { type ErasureProgress, newErasureProgress } from '../domain/erasure-progress';
import { ERASURE_PROGRESS_MODEL } from '../schemas/erasure-progress.schema';
import { ErasureProgressStore, type ErasureQuery } from './erasure-progress.store';

type ErasureProgressDocument = Omit<ErasureProgress, 'id'> & { _id: string };

const toProgress = ({ _id, ...fields }: ErasureProgressDocument): ErasureProgress => ({ id: _id, ...fields });

/** The only code that touches the erasure_progress collection. */
@Injectable()
export class ErasureProgressRepository extends ErasureProgressStore {
  constructor(
    @InjectModel(ERASURE_PROGRESS_MODEL) private readonly model: Model<ErasureProgressDocument>,
    private readonly mutex: KeyedMutex,
  ) {
    super();
  }

  async findById(erasureId: string): Promise<ErasureProgress | null> {
    const document = await this.model.findById(erasureId).lean<ErasureProgressDocument>();
    return document ? toProgress(document) : null;
  }

  async findByAccount(accountId: string): Promise<ErasureProgress[]> {
    const documents = await this.model.find({ accountId: { $eq: accountId } }).lean<ErasureProgressDocument[]>();
    return documents.map(toProgress);
  }

  async list(query: ErasureQuery): Promise<ErasureProgress[]> {
    const filter: FilterQuery<ErasureProgressDocument> = { requestedAt: { $exists: true } };
    if (query.status) filter['status'] = { $eq: query.status };
    if (query.after) {
      filter['$or'] = [
        { requestedAt: { $lt: query.after.at } },
        { requestedAt: { $eq: query.after.at }, _id: { $lt: query.after.id } },
      ];
    }
    const documents = await this.model
      .find(filter)
      .sort({ requestedAt: -1, _id: -1 })
      .limit(query.limit)
      .lean<ErasureProgressDocument[]>();
    return documents.map(toProgress);
  }

  /**
   * The request and each service's confirmation arrive on different topics, handled side by side:
   * FerretDB applies an update as read-modify-write, so writers to one record take turns here (one
   * process) and write only if the version they read is still there (another replica); a writer
   * that lost reads again and reapplies its change.
   */
  change(
    erasureId: string,
    change: (current: ErasureProgress) => ErasureProgress | null,
  ): Promise<ErasureProgress | null> {
    return this.mutex.run(`erasure-progress:${erasureId}`, async () => {
      for (;;) {
        const stored = await this.findById(erasureId);
        const next = change(stored ?? newErasureProgress(erasureId));
        if (!next) return null;
        const { id: _id, ...fields } = { ...next, version: (stored?.version ?? 0) + 1 };
        const written = stored
          ? (await this.model.replaceOne({ _id: erasureId, version: stored.version }, fields)).modifiedCount === 1
          : await insertOnce(this.model, erasureId, fields);
        if (written) return { id: erasureId, ...fields };
      }
    });
  }
}
