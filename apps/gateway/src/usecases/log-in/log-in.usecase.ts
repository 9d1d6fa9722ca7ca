import { Injectable } from '@nestjs/common';
import type { LoginDto } from '@pollen/contracts';

import { PasswordHasher } from '../../auth/password-hasher';
import { type IssuedSession, SessionIssuer } from '../../auth/session-issuer';
import { normaliseEmail } from '../../domain/account';
import { AccountStore } from '../../repositories/account.store';

@Injectable()
export class LogIn {
  constructor(
    private readonly accounts: AccountStore,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionIssuer,
  ) {}

  /** The same answer, in about the same time, whether or not the e-mail has an account. */
  async execute(credentials: LoginDto): Promise<IssuedSession> {
    const account = await this.accounts.findByEmail(normaliseEmail(credentials.email));
    return this.sessions.issue(await this.passwords.holderOf(account, credentials.password));
  }
}
