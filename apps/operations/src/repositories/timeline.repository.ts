import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '@pollen/contracts';
import { insertOnce, type PageCursor } from '@pollen/platform/mongo';
import type { FilterQuery, Model } from 'mongoose';

import type { TimelineEntry } from '../domain/timeline-entry';
import { TIMELINE_ENTRY_MODEL } from '../schemas/timeline-entry.schema';
import { type DeliveryFailureCount, TimelineStore } from './timeline.store';

/** The channels the delivery log reports on: in-app items are stored, never sent. */
const LOGGED_CHANNELS = NOTIFICATION_CHANNELS.filter((channel) => channel !== 'in-app');

interface TimelineEntryDocument extends Omit<TimelineEntry, 'id'> {
  _id: string;
}

/** Entries whose subject holds the account id (a notification id: `<event>:<recipient>:<channel>`). */
const naming = (accountId: string): FilterQuery<TimelineEntryDocument> => ({
  subject: { $regex: accountId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') },
});

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
    const found = await this.model.find(naming(accountId), { subject: 1 }).lean();
    for (const { _id, subject } of found) {
      await this.model.updateOne({ _id: { $eq: _id } }, { $set: { subject: subject.replaceAll(accountId, marker) } });
    }
    return found.length;
  }

  async naming(accountId: string): Promise<TimelineEntry[]> {
    const documents = await this.model.find(naming(accountId)).sort({ occurredAt: 1, _id: 1 }).lean();
    return documents.map(({ _id, ...fields }) => ({ id: _id, ...fields }));
  }

  deliveryFailuresSince(since: Date): Promise<DeliveryFailureCount[]> {
    const count = (type: string, channel: NotificationChannel) =>
      this.model.countDocuments({ type: { $eq: type }, channel: { $eq: channel }, occurredAt: { $gte: since } });
    return Promise.all(
      LOGGED_CHANNELS.map(async (channel) => ({
        channel,
        failed: await count('notification.failed', channel),
        dead: await count('notification.dead', channel),
      })),
    );
  }
}
