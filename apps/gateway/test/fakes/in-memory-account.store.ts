import type { EventEnvelope } from '@pollen/contracts';
import { InMemoryAggregateStore } from '@pollen/testing';

import type { Account, ErasedAccount } from '../../src/domain/account';
import { AccountEmailTaken } from '../../src/errors';
import type { AccountStore } from '../../src/repositories/account.store';

/** Accounts in memory, with the database's one-account-per-e-mail rule; an erased account is found by no query. */
export class InMemoryAccountStore extends InMemoryAggregateStore<Account> implements AccountStore {
  override async findById(id: string): Promise<Account | null> {
    const found = await super.findById(id);
    return found && !isErased(found) ? found : null;
  }

  protected conflictOf(account: Account, others: Account[]): Error | undefined {
    return others.some((other) => other.email === account.email) ? new AccountEmailTaken() : undefined;
  }

  async findByEmail(email: string): Promise<Account | null> {
    return this.all().find((account) => account.email === email) ?? null;
  }

  async withoutContact(afterId: string, limit: number): Promise<Account[]> {
    return this.all()
      .filter((account) => !account.contactPublished && !isErased(account) && account.id > afterId)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  /** As the repository's: the stub replaces the account whole, with its events. */
  erase(stub: ErasedAccount, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    return this.update(stub as unknown as Account, expectedVersion, events);
  }

  /** What is stored under the id, erased or not. */
  stored(id: string): Account | ErasedAccount | undefined {
    return this.items.get(id);
  }
}

const isErased = (account: Account | ErasedAccount): boolean => 'erasedAt' in account;
