import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { Notification } from '../domain/notification';
import { NOTIFICATION_MODEL } from '../schemas/notification.schema';
import { NotificationStore } from './notification.store';

interface NotificationDocument extends Omit<Notification, 'id'> {
  _id: string;
}

/** The only code that touches the notifications collection. */
@Injectable()
export class NotificationRepository extends NotificationStore {
  constructor(@InjectModel(NOTIFICATION_MODEL) private readonly model: Model<NotificationDocument>) {
    super();
  }

  async insert(notification: Notification): Promise<boolean> {
    const { id, ...fields } = notification;
    try {
      await this.model.create({ _id: id, ...fields });
      return true;
    } catch (error) {
      // The _id is the dedupe key, and _id is the one unique index: nothing else can collide.
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async listByRecipient(recipientId: string, limit: number): Promise<Notification[]> {
    const documents = await this.model.find({ recipientId }).sort({ createdAt: -1, _id: 1 }).limit(limit).lean();
    return documents.map(({ _id, ...fields }) => ({ id: _id, ...fields }));
  }
}
