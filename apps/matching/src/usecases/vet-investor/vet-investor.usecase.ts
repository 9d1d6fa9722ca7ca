import { Injectable } from '@nestjs/common';
import { assertOperator, type InvestorView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { type Investor, InvestorChange, statusAfter, toInvestorView } from '../../domain/investor';
import { InvestorChangedConcurrently, InvestorNotFound } from '../../errors';
import { InvestorStore } from '../../repositories/investor.store';
import type { VetInvestorCommand } from './vet-investor.command';

/** An operator approves, rejects, suspends or reinstates an investor, as the vetting rules allow. */
@Injectable()
export class VetInvestor {
  constructor(private readonly investors: InvestorStore) {}

  async execute(command: VetInvestorCommand): Promise<InvestorView> {
    assertOperator(command.actor);
    const investor = await runCommand({
      store: this.investors,
      load: async () => {
        const current = await this.investors.findById(command.investorId);
        if (!current) throw new InvestorNotFound(command.investorId);
        return current;
      },
      requestId: command.requestId,
      apply: (current) => this.vetted(current, command),
      concurrentChange: () => new InvestorChangedConcurrently(),
    });
    return toInvestorView(investor);
  }

  private vetted(current: Investor, { action, actor, reason, requestId }: VetInvestorCommand): InvestorChange {
    const change = new InvestorChange(current, requestId, new Date());
    change.next.status = statusAfter(current.status, action);
    change.next.statusReason = action === 'reject' || action === 'suspend' ? reason : undefined;
    change.next.updatedAt = change.at;
    const ref = { investorId: current.id, by: actor.id };
    if (action === 'approve') change.emit('investor.approved', ref);
    if (action === 'reinstate') change.emit('investor.reinstated', ref);
    if (action === 'reject') change.emit('investor.rejected', { ...ref, reason: reason ?? '' });
    if (action === 'suspend') change.emit('investor.suspended', { ...ref, reason: reason ?? '' });
    return change;
  }
}
