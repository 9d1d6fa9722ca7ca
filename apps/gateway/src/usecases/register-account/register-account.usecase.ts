import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { AccountView } from '@pollen/contracts';

import { PasswordHasher } from '../../auth/password-hasher';
import { type Account, AccountChange, normaliseEmail, toAccountView } from '../../domain/account';
import { AccountStore } from '../../repositories/account.store';
import type { RegisterAccountCommand } from './register-account.command';

@Injectable()
export class RegisterAccount {
  constructor(
    private readonly accounts: AccountStore,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute(command: RegisterAccountCommand): Promise<AccountView> {
    const account: Account = {
      id: randomUUID(),
      email: normaliseEmail(command.email),
      passwordHash: await this.passwords.hash(command.password),
      role: command.role,
      displayName: command.displayName.trim(),
      locale: command.locale,
      version: 0,
      createdAt: new Date(),
    };
    const change = new AccountChange(account, undefined, account.createdAt);
    const { id, role, locale } = account;
    change.emit('account.registered', { accountId: id, role, locale });
    change.emitContact();
    await this.accounts.insert(change.next, change.events);
    return toAccountView(change.next);
  }
}
