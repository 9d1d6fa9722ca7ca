import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';

import { defaultPreferences, type NotificationPreferences } from '../domain/preferences';
import { PREFERENCES_MODEL } from '../schemas/preferences.schema';
import { PreferencesStore } from './preferences.store';

interface PreferencesDocument extends Omit<NotificationPreferences, 'accountId'> {
  _id: string;
}

/** The only code that touches the notification_preferences collection. */
@Injectable()
export class PreferencesRepository extends PreferencesStore {
  constructor(@InjectModel(PREFERENCES_MODEL) private readonly model: Model<PreferencesDocument>) {
    super();
  }

  async of(accountId: string): Promise<NotificationPreferences> {
    const document = await this.model.findOne({ _id: { $eq: accountId } }).lean();
    if (!document) return defaultPreferences(accountId);
    const { _id, categories, dealFlowAlerts, updatedAt } = document;
    // A category the document leaves out may come back as null from a subdocument path.
    const chosen = Object.entries(categories ?? {}).filter(([, choices]) => choices != null);
    return { accountId: _id, categories: Object.fromEntries(chosen), dealFlowAlerts, updatedAt: updatedAt ?? null };
  }

  async save({ accountId, ...fields }: NotificationPreferences): Promise<void> {
    // Replaced whole: a category left out of the new set must not keep its old choices.
    await this.model.replaceOne({ _id: { $eq: accountId } }, fields, { upsert: true });
  }

  async remove(accountId: string): Promise<boolean> {
    return (await this.model.deleteOne({ _id: { $eq: accountId } })).deletedCount === 1;
  }
}
