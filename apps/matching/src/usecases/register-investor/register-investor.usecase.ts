import { Injectable } from '@nestjs/common';

import { InvestorChange, newInvestor } from '../../domain/investor';
import { InvestorStore } from '../../repositories/investor.store';
import type { RegisterInvestorCommand } from './register-investor.command';

/**
 * An investor account becomes a pending investor. The investor's first profile patch may have
 * created it already (both use the account id): then there is nothing to do.
 */
@Injectable()
export class RegisterInvestor {
  constructor(private readonly investors: InvestorStore) {}

  async execute(command: RegisterInvestorCommand): Promise<'applied' | 'duplicate'> {
    if (await this.investors.findById(command.investorId)) return 'duplicate';
    const change = new InvestorChange(newInvestor(command.investorId, command.at), command.eventId, command.at);
    change.emit('investor.registered', { investorId: command.investorId });
    try {
      await this.investors.insert(change.next, change.events);
      return 'applied';
    } catch (error) {
      // The profile patch created it between the read and the insert.
      if (await this.investors.findById(command.investorId)) return 'duplicate';
      throw error;
    }
  }
}
