import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';

import { IDEMPOTENCY_RECORD_MODEL } from '../schemas/idempotency-record.schema';
import { type Claim, IdempotencyStore, type StoredAnswer } from './idempotency.store';

interface RecordDocument {
  _id: string;
  scope: string;
  bodyHash: string;
  state: 'in-progress' | 'finished';
  startedAt: Date;
  createdAt: Date;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

const DUPLICATE_KEY = 11000;
const idOf = (scope: string, key: string) => `${scope} ${key}`;

/** The only code that touches the idempotency_records collection. */
@Injectable()
export class IdempotencyRepository extends IdempotencyStore {
  constructor(@InjectModel(IDEMPOTENCY_RECORD_MODEL) private readonly model: Model<RecordDocument>) {
    super();
  }

  async claim(scope: string, key: string, bodyHash: string, now: Date, staleBefore: Date): Promise<Claim> {
    const _id = idOf(scope, key);
    try {
      await this.model.create({ _id, scope, bodyHash, state: 'in-progress', startedAt: now, createdAt: now });
      return { kind: 'claimed' };
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
    const record = await this.model.findById(_id).lean();
    // Swept between the insert and the read: the next retry claims it afresh.
    if (!record) return { kind: 'in-progress' };
    if (record.bodyHash !== bodyHash) return { kind: 'reused' };
    if (record.state === 'finished')
      return {
        kind: 'finished',
        answer: { status: record.status ?? 200, headers: record.headers ?? {}, body: record.body ?? '' },
      };
    if (record.startedAt >= staleBefore) return { kind: 'in-progress' };
    // Its gateway died mid-request. Two retries may both take it over (FerretDB's update is not a
    // compare-and-set under concurrency); the owning service answers both as one, by the ids.
    const taken = await this.model.updateOne(
      { _id, state: 'in-progress', startedAt: record.startedAt },
      { $set: { startedAt: now } },
    );
    return taken.modifiedCount === 1 ? { kind: 'claimed' } : { kind: 'in-progress' };
  }

  async finish(scope: string, key: string, answer: StoredAnswer): Promise<void> {
    await this.model.updateOne(
      { _id: idOf(scope, key) },
      { $set: { state: 'finished', status: answer.status, headers: answer.headers, body: answer.body } },
    );
  }

  async release(scope: string, key: string): Promise<void> {
    await this.model.deleteOne({ _id: idOf(scope, key), state: 'in-progress' });
  }

  async sweep(before: Date): Promise<number> {
    const result = await this.model.deleteMany({ createdAt: { $lt: before } });
    return result.deletedCount;
  }

  async forgetScope(scope: string): Promise<number> {
    const result = await this.model.deleteMany({ scope });
    return result.deletedCount;
  }
}
