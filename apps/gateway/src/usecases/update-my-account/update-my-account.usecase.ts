import { Injectable } from '@nestjs/common';
import type { AccountView, Actor, Locale } from '@pollen/contracts';

import { type Account, AccountChange } from '../../domain/account';
import { AccountChangedConcurrently, AccountGone } from '../../errors';
import { AccountStore } from '../../repositories/account.store';
import { GetMyAccount } from '../get-my-account/get-my-account.usecase';

export interface UpdateMyAccountCommand {
  actor: Actor;
  /** Absent: unchanged (the request's validation refuses null). */
  displayName?: string;
  locale?: Locale;
}

/**
 * Another write between the read and the compare-and-set (another tab's change, the contact
 * published at start): the change is made again on what is stored then, as the holder would.
 */
const ATTEMPTS = 3;

/** The change the holder asked for, or nothing when every value given is the current one. */
function changeOf(current: Account, command: UpdateMyAccountCommand, at: Date): AccountChange | undefined {
  const displayName = command.displayName?.trim() ?? current.displayName;
  const locale = command.locale ?? current.locale;
  if (displayName === current.displayName && locale === current.locale) return undefined;
  const change = new AccountChange(current, undefined, at);
  Object.assign(change.next, { displayName, locale });
  if (locale !== current.locale) change.emit('account.locale-changed', { accountId: current.id, locale });
  change.emitContact();
  return change;
}

/** `PATCH /v1/me`: the holder's name and language; the contact follows, and the locale to those that keep it. */
@Injectable()
export class UpdateMyAccount {
  constructor(
    private readonly accounts: AccountStore,
    private readonly me: GetMyAccount,
  ) {}

  async execute(command: UpdateMyAccountCommand): Promise<AccountView> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.accounts.findById(command.actor.id);
      if (!current) throw new AccountGone();
      const change = changeOf(current, command, new Date());
      if (!change) return this.me.viewOf(current);
      if (await this.accounts.update(change.next, current.version, change.events)) return this.me.viewOf(change.next);
      if (attempt === ATTEMPTS) throw new AccountChangedConcurrently();
    }
  }
}
