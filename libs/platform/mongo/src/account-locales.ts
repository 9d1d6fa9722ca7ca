import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Locale } from '@pollen/contracts';
import { type Model, Schema } from 'mongoose';

import { saveIfNewer } from './projection';

/**
 * The language each account reads Pollen in, from `account.registered` and `account.locale-changed`:
 * the services that write to an account (an introduction's messages, a deal's documents) write in
 * it. Each service keeps its own copy in its own database.
 */
export abstract class AccountLocaleStore {
  /**
   * Records the account's locale as of `version` (the event's `aggregateVersion`); false when a
   * newer or the same version is recorded: a redelivered registration never undoes a later change.
   */
  abstract remember(accountId: string, locale: Locale, version: number): Promise<boolean>;
  /** The locale of each account given, among those recorded. */
  abstract localesOf(accountIds: readonly string[]): Promise<Map<string, Locale>>;
  /** Forgets the account's locale (its erasure): true when one was recorded. */
  abstract forget(accountId: string): Promise<boolean>;
}

export const ACCOUNT_LOCALE_MODEL = 'AccountLocale';

export const accountLocaleSchema = new Schema(
  {
    // The account id.
    _id: { type: String, required: true },
    locale: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'account_locales', versionKey: false },
);

interface AccountLocaleDocument {
  _id: string;
  locale: Locale;
  version: number;
}

/** The only code that touches a service's account_locales collection. */
@Injectable()
export class AccountLocaleRepository extends AccountLocaleStore implements OnModuleInit {
  constructor(@InjectModel(ACCOUNT_LOCALE_MODEL) private readonly model: Model<AccountLocaleDocument>) {
    super();
  }

  /**
   * Locales recorded before versions were kept have none, and saveIfNewer would never replace
   * them: they are from `account.registered`, older than any change, so they count as version 0.
   */
  async onModuleInit(): Promise<void> {
    await this.model.updateMany({ version: { $exists: false } }, { $set: { version: 0 } });
  }

  remember(accountId: string, locale: Locale, version: number): Promise<boolean> {
    return saveIfNewer(this.model, accountId, { locale, version });
  }

  async localesOf(accountIds: readonly string[]): Promise<Map<string, Locale>> {
    if (accountIds.length === 0) return new Map();
    const documents = await this.model.find({ _id: { $in: accountIds } }).lean();
    return new Map(documents.map((document) => [document._id, document.locale]));
  }

  async forget(accountId: string): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: { $eq: accountId } });
    return result.deletedCount === 1;
  }
}
