import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { EventEnvelope } from '@pollen/contracts';
import { type AggregateDocument, AggregateRepository, OutboxRelay } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { Account, ErasedAccount } from '../domain/account';
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

  override findById(id: string): Promise<Account | null> {
    return this.findOne({ _id: { $eq: id }, erasedAt: { $exists: false } });
  }

  // A stub's placeholder is no e-mail, so no log-in finds it.
  findByEmail(email: string): Promise<Account | null> {
    return this.findOne({ email: { $eq: email } });
  }

  // Read once per start, by id: no index of its own. A stub has no contact to publish.
  withoutContact(afterId: string, limit: number): Promise<Account[]> {
    return this.findMany(
      { contactPublished: { $ne: true }, erasedAt: { $exists: false }, _id: { $gt: afterId } },
      { _id: 1 },
      limit,
    );
  }

  erase(stub: ErasedAccount, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    // A field set to undefined is unset by the write: the personal ones go in the same write as the events.
    const removed: Record<Exclude<keyof Account, keyof ErasedAccount>, undefined> = {
      passwordHash: undefined,
      displayName: undefined,
      locale: undefined,
      contactPublished: undefined,
    };
    return this.update({ ...stub, ...removed } as unknown as Account, expectedVersion, events);
  }
}
