import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { NotificationChannel } from '@pollen/contracts';
import { insertOnce, type PageCursor } from '@pollen/platform/mongo';
import type { FilterQuery, Model } from 'mongoose';

import { type TimelineEntry, withoutAccount } from '../domain/timeline-entry';
import { TIMELINE_ENTRY_MODEL } from '../schemas/timeline-entry.schema';
import { type DeliveryFailureCount, LOGGED_CHANNELS, TimelineStore } from './timeline.store';

interface TimelineEntryDocument extends Omit<TimelineEntry, 'id'> {
  _id: string;
}

/** The only code that touches the timeline entries collection. */
@Injectable()
export class TimelineRepository extends TimelineStore {
  constructor(@InjectModel(TIMELINE_ENTRY_MODEL) private readonly model: Model<TimelineEntryDocument>) {
    super();
  }

  add({ id, ...fields }: TimelineEntry): Promise<boolean> {
    return insertOnce(this.model, id, fields);
  }

  async page(applicationId: string, { after, limit }: { after?: PageCursor; limit: number }): Promise<TimelineEntry[]> {
    const filter: FilterQuery<TimelineEntryDocument> = { applicationId: { $eq: applicationId } };
    if (after) {
      const version = after.rank ?? 0;
      filter.$or = [
        { occurredAt: { $gt: after.at } },
        { occurredAt: { $eq: after.at }, aggregateVersion: { $gt: version } },
        { occurredAt: { $eq: after.at }, aggregateVersion: { $eq: version }, _id: { $gt: after.id } },
      ];
    }
    const documents = await this.model
      .find(filter)
      .sort({ occurredAt: 1, aggregateVersion: 1, _id: 1 })
      .limit(limit)
      .lean();
    return documents.map(({ _id, ...fields }) => ({ id: _id, ...fields }));
  }

  async anonymiseAccount(accountId: string, marker: string): Promise<number> {
    const found = await this.naming(accountId);
    for (const entry of found) {
      const { recipientId, subject } = withoutAccount(entry, accountId, marker);
      await this.model.updateOne({ _id: { $eq: entry.id } }, { $set: { recipientId, subject } });
    }
    return found.length;
  }

  async naming(accountId: string): Promise<TimelineEntry[]> {
    const documents = await this.model
      .find({ recipientId: { $eq: accountId } })
      .sort({ occurredAt: 1, _id: 1 })
      .lean();
    return documents.map(({ _id, ...fields }) => ({ id: _id, ...fields }));
  }

  async removeUnattachedBefore(before: Date): Promise<number> {
    const { deletedCount } = await this.model.deleteMany({ applicationId: { $eq: null }, occurredAt: { $lt: before } });
    return deletedCount;
  }

  deliveryFailuresSince(since: Date): Promise<DeliveryFailureCount[]> {
    const count = (type: string, channel: NotificationChannel) =>
      this.model.countDocuments({ type: { $eq: type }, channel: { $eq: channel }, occurredAt: { $gte: since } });
    return Promise.all(
      LOGGED_CHANNELS.map(async (channel) => ({
        channel,
        failedAttempts: await count('notification.failed', channel),
        givenUp: await count('notification.dead', channel),
      })),
    );
  }
}
