import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Locale } from '@pollen/contracts';
import { type Model, Schema } from 'mongoose';

/**
 * The language each account chose when it registered, from `account.registered`: the services that
 * write to an account (an introduction's messages, a deal's documents) write in it. Each service
 * keeps its own copy in its own database.
 */
export abstract class AccountLocaleStore {
  /** Records the account's locale; a redelivered event writes the same again. */
  abstract remember(accountId: string, locale: Locale): Promise<void>;
  /** The locale of each account given, among those recorded. */
  abstract localesOf(accountIds: readonly string[]): Promise<Map<string, Locale>>;
}

export const ACCOUNT_LOCALE_MODEL = 'AccountLocale';

export const accountLocaleSchema = new Schema(
  {
    // The account id.
    _id: { type: String, required: true },
    locale: { type: String, required: true },
  },
  { collection: 'account_locales', versionKey: false },
);

interface AccountLocaleDocument {
  _id: string;
  locale: Locale;
}

/** The only code that touches a service's account_locales collection. */
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
