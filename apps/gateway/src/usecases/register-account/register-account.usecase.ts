import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AccountView } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { PasswordHasher } from '../../auth/password-hasher';
import { type Account, normaliseEmail, toAccountView } from '../../domain/account';
import { AccountEmailTaken } from '../../errors';
import { AccountStore, EmailTaken } from '../../repositories/account.store';
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
      version: 1,
      createdAt: new Date(),
    };
    const registered = newEvent('account.registered', {
      subject: account.id,
      aggregateVersion: account.version,
      occurredAt: account.createdAt,
      data: { accountId: account.id, role: account.role, displayName: account.displayName, locale: account.locale },
    });
    try {
      await this.accounts.insert(account, [registered]);
    } catch (error) {
      if (error instanceof EmailTaken) {
        throw new AccountEmailTaken();
      }
      throw error;
    }
    return toAccountView(account);
  }
}
