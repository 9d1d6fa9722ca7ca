import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { DigestEntry } from '../domain/digest';
import { DIGEST_ENTRY_MODEL } from '../schemas/digest.schema';
import { DigestStore } from './digest.store';

interface DigestEntryDocument extends Omit<DigestEntry, 'id'> {
  _id: string;
}

/** The only code that touches the digest_entries collection. */
@Injectable()
export class DigestRepository extends DigestStore {
  constructor(@InjectModel(DIGEST_ENTRY_MODEL) private readonly model: Model<DigestEntryDocument>) {
    super();
  }

  add({ id, ...entry }: DigestEntry): Promise<boolean> {
    return insertOnce(this.model, id, entry);
  }

  async waitingBefore(cutoff: Date, limit: number): Promise<string[]> {
    // Few investors wait at once; distinct is not in every FerretDB backend's fast path, a scan is.
    const found = await this.model
      .find({ digestId: null, createdAt: { $lt: cutoff } }, { recipientId: 1 })
      .sort({ createdAt: 1 })
      .limit(limit * 20)
      .lean();
    return [...new Set(found.map((entry) => entry.recipientId))].slice(0, limit);
  }

  async entriesBefore(recipientId: string, cutoff: Date): Promise<DigestEntry[]> {
    const found = await this.model
      .find({ recipientId: { $eq: recipientId }, digestId: null, createdAt: { $lt: cutoff } })
      .sort({ createdAt: 1, _id: 1 })
      .lean();
    return found.map(({ _id, ...entry }) => ({ id: _id, ...entry }));
  }

  async markDigested(ids: string[], digestId: string): Promise<void> {
    await this.model.updateMany({ _id: { $in: ids }, digestId: null }, { $set: { digestId } });
  }

  async carryOver(ids: string[], at: Date): Promise<void> {
    await this.model.updateMany({ _id: { $in: ids }, digestId: null }, { $set: { createdAt: at } });
  }

  async allOf(recipientId: string): Promise<DigestEntry[]> {
    const found = await this.model
      .find({ recipientId: { $eq: recipientId } })
      .sort({ createdAt: 1, _id: 1 })
      .lean();
    return found.map(({ _id, ...entry }) => ({ id: _id, ...entry }));
  }

  async removeOf(recipientId: string): Promise<number> {
    return (await this.model.deleteMany({ recipientId: { $eq: recipientId } })).deletedCount;
  }

  async anonymiseMentioning(accountId: string, matchIds: string[], erased: string): Promise<number> {
    const { modifiedCount } = await this.model.updateMany(
      {
        recipientId: { $ne: accountId },
        $or: [{ mentions: { $eq: accountId } }, { 'match.matchId': { $in: matchIds } }],
      },
      { $set: { 'match.organisation': erased, 'match.project': erased }, $unset: { mentions: 1 } },
    );
    return modifiedCount;
  }

  async removeDigestedBefore(before: Date): Promise<number> {
    return (await this.model.deleteMany({ digestId: { $ne: null }, createdAt: { $lt: before } })).deletedCount;
  }
}
