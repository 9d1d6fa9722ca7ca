import type { InvestorStatus } from '@pollen/contracts';

import { InvestorVettingStore } from '../../src/repositories/investor-vetting.store';

/** The vetting projection in memory, with the repository's ordering rule. */
export class InMemoryInvestorVettingStore extends InvestorVettingStore {
  readonly items = new Map<string, { status: InvestorStatus; version: number }>();

  async statusOf(investorId: string): Promise<InvestorStatus | undefined> {
    return this.items.get(investorId)?.status;
  }

  async saveIfNewer(investorId: string, status: InvestorStatus, version: number): Promise<boolean> {
    if ((this.items.get(investorId)?.version ?? 0) >= version) return false;
    this.items.set(investorId, { status, version });
    return true;
  }

  async forget(investorId: string): Promise<number> {
    return this.items.delete(investorId) ? 1 : 0;
  }
}
