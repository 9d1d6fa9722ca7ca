import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type AggregateDocument, AggregateRepository, OutboxRelay } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { Account } from '../domain/account';
import { AccountEmailTaken } from '../errors';
import { ACCOUNT_MODEL } from '../schemas/account.schema';
import type { AccountStore } from './account.store';

/** The only code that touches the accounts collection. */
@Injectable()
export class AccountRepository extends AggregateRepository<Account> implements AccountStore {
  protected override readonly storedOnlyFields = ['updatedAt'];

  constructor(@InjectModel(ACCOUNT_MODEL) model: Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  // The e-mail is the only unique key besides the (random) id.
  protected async conflictOf(): Promise<Error> {
    return new AccountEmailTaken();
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.findOne({ email: { $eq: email } });
  }

  // Read once per start, by id: no index of its own.
  withoutContact(afterId: string, limit: number): Promise<Account[]> {
    return this.findMany({ contactPublished: { $ne: true }, _id: { $gt: afterId } }, { _id: 1 }, limit);
  }
}
