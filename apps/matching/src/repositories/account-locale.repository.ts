import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Locale } from '@pollen/contracts';
import type { Model } from 'mongoose';

import { ACCOUNT_LOCALE_MODEL } from '../schemas/account-locale.schema';
import { AccountLocaleStore } from './account-locale.store';

interface AccountLocaleDocument {
  _id: string;
  locale: Locale;
}

/** The only code that touches the account_locales collection. */
@Injectable()
export class AccountLocaleRepository extends AccountLocaleStore {
  constructor(@InjectModel(ACCOUNT_LOCALE_MODEL) private readonly model: Model<AccountLocaleDocument>) {
    super();
  }

  async remember(accountId: string, locale: Locale): Promise<void> {
    await this.model.updateOne({ _id: accountId }, { $set: { locale } }, { upsert: true });
  }

  async localesOf(accountIds: readonly string[]): Promise<Map<string, Locale>> {
    if (accountIds.length === 0) return new Map();
    const documents = await this.model.find({ _id: { $in: accountIds } }).lean();
    return new Map(documents.map((document) => [document._id, document.locale]));
  }
}
