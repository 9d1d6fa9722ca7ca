import { Injectable, Logger } from '@nestjs/common';

import { normaliseEmail } from '../../domain/account';
import { AccountEmailTaken } from '../../errors';
import { AccountStore } from '../../repositories/account.store';
import { RegisterAccount } from '../register-account/register-account.usecase';

/** Operators are never self-registered: one is created at start from the configuration, once. */
@Injectable()
export class SeedOperator {
  private readonly logger = new Logger(SeedOperator.name);

  constructor(
    private readonly accounts: AccountStore,
    private readonly register: RegisterAccount,
  ) {}

  async execute(credentials: { email: string; password: string }): Promise<void> {
    if (await this.accounts.findByEmail(normaliseEmail(credentials.email))) return;
    const operator = await this.register
      .execute({ ...credentials, role: 'operator', displayName: 'Pollen operator', locale: 'fr' })
      .catch((error: Error) => {
        // Another gateway replica seeded it at the same moment.
        if (error instanceof AccountEmailTaken) return undefined;
        throw error;
      });
    if (operator) this.logger.log({ accountId: operator.id }, 'operator account seeded');
  }
}
