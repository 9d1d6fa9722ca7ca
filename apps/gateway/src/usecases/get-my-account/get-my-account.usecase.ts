import { Injectable } from '@nestjs/common';
import type { AccountView, Actor } from '@pollen/contracts';

import { type Account, toAccountView } from '../../domain/account';
import { AccountGone } from '../../errors';
import { AccountStore } from '../../repositories/account.store';
import { InvestorVettingStore } from '../../repositories/investor-vetting.store';

@Injectable()
export class GetMyAccount {
  constructor(
    private readonly accounts: AccountStore,
    private readonly vetting: InvestorVettingStore,
  ) {}

  async execute({ actor }: { actor: Actor }): Promise<AccountView> {
    const account = await this.accounts.findById(actor.id);
    if (!account) throw new AccountGone();
    return this.viewOf(account);
  }

  /** The account as its holder sees it: with the vetting status of an investor. */
  async viewOf(account: Account): Promise<AccountView> {
    const vettingStatus = account.role === 'investor' ? await this.vetting.statusOf(account.id) : undefined;
    return toAccountView(account, vettingStatus);
  }
}
