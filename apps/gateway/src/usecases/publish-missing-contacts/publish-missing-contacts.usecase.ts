import { Injectable } from '@nestjs/common';

import { type Account, AccountChange } from '../../domain/account';
import { AccountStore } from '../../repositories/account.store';

/** Accounts read at a time. */
const BATCH = 100;

/**
 * Publishes the contact of every account registered before contacts were published, once: each
 * is marked in the same write as its event. Run at every start, it finds none after the first.
 */
@Injectable()
export class PublishMissingContacts {
  constructor(private readonly accounts: AccountStore) {}

  /** How many contacts this run published. */
  async execute(): Promise<number> {
    let published = 0;
    // By id, from where the last batch ended: an account is visited once per run, whatever its write did.
    for (let afterId = ''; ; ) {
      const batch = await this.accounts.withoutContact(afterId, BATCH);
      const written = await Promise.all(batch.map((account) => this.publish(account)));
      published += written.filter(Boolean).length;
      if (batch.length < BATCH) return published;
      afterId = batch[batch.length - 1].id;
    }
  }

  /**
   * False when the account changed since the read: another replica published it at the same
   * moment, or its holder changed it, which published the contact too. A duplicate would be
   * harmless anyway: consumers keep the newest version of each account's contact.
   */
  private publish(account: Account): Promise<boolean> {
    const change = new AccountChange(account, undefined, new Date());
    change.emitContact();
    return this.accounts.update(change.next, account.version, change.events);
  }
}
