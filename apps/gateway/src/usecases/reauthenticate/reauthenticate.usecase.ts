import { Injectable } from '@nestjs/common';
import type { Actor } from '@pollen/contracts';

import { PasswordHasher } from '../../auth/password-hasher';
import { AccountStore } from '../../repositories/account.store';

/**
 * The signed-in account proves it is its holder again, with its password, at the moment of an act
 * that binds them (a signature: art. 1367 Code civil); a wrong password is 401, as a log-in's.
 */
@Injectable()
export class Reauthenticate {
  constructor(
    private readonly accounts: AccountStore,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute(actor: Actor, password: string): Promise<void> {
    await this.passwords.holderOf(await this.accounts.findById(actor.id), password);
  }
}
