import { Injectable } from '@nestjs/common';
import type { AccountView, Actor } from '@pollen/contracts';

import { toAccountView } from '../../domain/account';
import { AccountGone } from '../../errors';
import { AccountStore } from '../../repositories/account.store';

@Injectable()
export class GetMyAccount {
  constructor(private readonly accounts: AccountStore) {}

  async execute({ actor }: { actor: Actor }): Promise<AccountView> {
    const account = await this.accounts.findById(actor.id);
    if (!account) throw new AccountGone();
    return toAccountView(account);
  }
}
