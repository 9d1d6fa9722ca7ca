import { Injectable } from '@nestjs/common';
import { type AccountView, type Actor, DomainException, ErrorCode } from '@pollen/contracts';
import { toAccountView } from '../../domain/account';
import { AccountStore } from '../../repositories/account.store';

@Injectable()
export class GetMyAccount {
  constructor(private readonly accounts: AccountStore) {}

  async execute(actor: Actor): Promise<AccountView> {
    const account = await this.accounts.findById(actor.id);
    if (!account) throw new DomainException(ErrorCode.Unauthenticated, 'This account no longer exists');
    return toAccountView(account);
  }
}
