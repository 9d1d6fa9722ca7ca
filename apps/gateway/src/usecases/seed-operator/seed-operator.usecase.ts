import { Injectable, Logger } from '@nestjs/common';
import type { Role } from '@pollen/contracts';

import { type Account, normaliseEmail } from '../../domain/account';
import { AccountEmailTaken } from '../../errors';
import { AccountStore } from '../../repositories/account.store';
import { RegisterAccount } from '../register-account/register-account.usecase';

/**
 * The configured operator address belongs to someone else's account. Seeding nothing would leave
 * the platform without an operator and the log-in failing for no visible reason, so the gateway
 * does not start. The address is not repeated: the variable names it, and logs keep no e-mails.
 */
export class OperatorEmailTaken extends Error {
  constructor(role: Role) {
    super(
      `POLLEN_OPERATOR_EMAIL is the e-mail of an existing ${role} account, not an operator's: ` +
        'the operator cannot be seeded there. Set POLLEN_OPERATOR_EMAIL to an address no account uses.',
    );
    this.name = 'OperatorEmailTaken';
  }
}

const assertOperator = (account: Account): void => {
  if (account.role !== 'operator') throw new OperatorEmailTaken(account.role);
};

/** Operators are never self-registered: one is created at start from the configuration, once. */
@Injectable()
export class SeedOperator {
  private readonly logger = new Logger(SeedOperator.name);

  constructor(
    private readonly accounts: AccountStore,
    private readonly register: RegisterAccount,
  ) {}

  async execute(credentials: { email: string; password: string }): Promise<void> {
    const email = normaliseEmail(credentials.email);
    const existing = await this.accounts.findByEmail(email);
    if (existing) return assertOperator(existing);
    const operator = await this.register
      .execute({ ...credentials, role: 'operator', displayName: 'Pollen operator', locale: 'fr' })
      .catch(async (error: Error) => {
        if (!(error instanceof AccountEmailTaken)) throw error;
        // Taken since the look-up: another gateway replica seeding it (fine), or a registration.
        const taken = await this.accounts.findByEmail(email);
        if (taken) assertOperator(taken);
        return undefined;
      });
    if (operator) this.logger.log({ accountId: operator.id }, 'operator account seeded');
  }
}
