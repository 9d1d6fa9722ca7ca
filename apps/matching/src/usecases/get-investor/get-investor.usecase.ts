import { Injectable } from '@nestjs/common';
import type { InvestorView } from '@pollen/contracts';

import { isInvestor, notYetSeen, toInvestorView } from '../../domain/investor';
import { InvestorNotFound, InvestorsOnly } from '../../errors';
import { InvestorStore } from '../../repositories/investor.store';
import type { GetInvestorQuery } from './get-investor.query';

/** Operators read any investor; an investor reads their own, even before matching has seen them. */
@Injectable()
export class GetInvestor {
  constructor(private readonly investors: InvestorStore) {}

  async execute({ investorId, actor }: GetInvestorQuery): Promise<InvestorView> {
    const operator = actor.roles.includes('operator');
    if (!operator && !(isInvestor(actor) && actor.id === investorId)) throw new InvestorsOnly();
    const investor = await this.investors.findById(investorId);
    if (investor) return toInvestorView(investor);
    if (operator) throw new InvestorNotFound(investorId);
    return notYetSeen(investorId);
  }
}
