import { InMemoryAggregateStore } from '@pollen/testing';

import type { Account } from '../../src/domain/account';
import { AccountEmailTaken } from '../../src/errors';
import type { AccountStore } from '../../src/repositories/account.store';

/** Accounts in memory, with the database's one-account-per-e-mail rule. */
export class InMemoryAccountStore extends InMemoryAggregateStore<Account> implements AccountStore {
  protected conflictOf(account: Account, others: Account[]): Error | undefined {
    return others.some((other) => other.email === account.email) ? new AccountEmailTaken() : undefined;
  }

  async findByEmail(email: string): Promise<Account | null> {
    return this.all().find((account) => account.email === email) ?? null;
  }

  async withoutContact(afterId: string, limit: number): Promise<Account[]> {
    return this.all()
      .filter((account) => !account.contactPublished && account.id > afterId)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }
}
