import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce, type PageCursor } from '@pollen/platform/mongo';
import type { FilterQuery, Model } from 'mongoose';

import type { Notification } from '../domain/notification';
import { NOTIFICATION_MODEL } from '../schemas/notification.schema';
import { NotificationStore } from './notification.store';

interface NotificationDocument extends Omit<Notification, 'id'> {
  _id: string;
}

const UNREAD = { status: { $eq: 'unread' } } as const;

/** The only code that touches the notifications collection; every query is scoped by recipient. */
@Injectable()
export class NotificationRepository extends NotificationStore {
  constructor(@InjectModel(NOTIFICATION_MODEL) private readonly model: Model<NotificationDocument>) {
    super();
  }

  insert({ id, ...fields }: Notification): Promise<boolean> {
    return insertOnce(this.model, id, fields);
  }

  async page(
    recipientId: string,
    { unread, after, limit }: { unread: boolean; after?: PageCursor; limit: number },
  ): Promise<Notification[]> {
    const filter: FilterQuery<NotificationDocument> = { recipientId: { $eq: recipientId }, ...(unread ? UNREAD : {}) };
    if (after) {
      filter.$or = [{ createdAt: { $lt: after.at } }, { createdAt: { $eq: after.at }, _id: { $gt: after.id } }];
    }
    const documents = await this.model.find(filter).sort({ createdAt: -1, _id: 1 }).limit(limit).lean();
    return documents.map(({ _id, ...fields }) => ({ id: _id, ...fields }));
  }

  countUnread(recipientId: string): Promise<number> {
    return this.model.countDocuments({ recipientId: { $eq: recipientId }, ...UNREAD });
  }

  async markRead(recipientId: string, id: string, at: Date): Promise<boolean> {
    const mine = { _id: { $eq: id }, recipientId: { $eq: recipientId } };
    const { matchedCount } = await this.model.updateOne(
      { ...mine, ...UNREAD },
      { $set: { status: 'read', readAt: at } },
    );
    // Read already (no change), or not the recipient's: only the second is an error.
    return matchedCount === 1 || (await this.model.exists(mine)) !== null;
  }

  async markAllRead(recipientId: string, at: Date): Promise<number> {
    const { modifiedCount } = await this.model.updateMany(
      { recipientId: { $eq: recipientId }, ...UNREAD },
      { $set: { status: 'read', readAt: at } },
    );
    return modifiedCount;
  }

  async allOf(recipientId: string): Promise<Notification[]> {
    const documents = await this.model
      .find({ recipientId: { $eq: recipientId } })
      .sort({ createdAt: -1, _id: 1 })
      .lean();
    return documents.map(({ _id, ...fields }) => ({ id: _id, ...fields }));
  }

  async removeOf(recipientId: string): Promise<number> {
    return (await this.model.deleteMany({ recipientId: { $eq: recipientId } })).deletedCount;
  }

  async anonymiseMentioning(
    accountId: string,
    subjects: string[],
    { title, body }: Pick<Notification, 'title' | 'body'>,
  ): Promise<number> {
    const { modifiedCount } = await this.model.updateMany(
      {
        recipientId: { $ne: accountId },
        $or: [{ mentions: { $eq: accountId } }, { subject: { $in: subjects } }],
      },
      { $set: { title, body }, $unset: { mentions: 1 } },
    );
    return modifiedCount;
  }

  async removeReadBefore(before: Date): Promise<number> {
    return (await this.model.deleteMany({ status: { $eq: 'read' }, readAt: { $lt: before } })).deletedCount;
  }
}
