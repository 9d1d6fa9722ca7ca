import type { Investor } from '../domain/investor';
import { InvestorNotApproved } from '../errors';
import type { InvestorStore } from '../repositories/investor.store';

/** The asking investor, if approved: deal-flow is theirs only then (403 `investor.not-approved`). */
export async function approvedInvestor(investors: InvestorStore, investorId: string): Promise<Investor> {
  const investor = await investors.findById(investorId);
  if (investor?.status !== 'approved') throw new InvestorNotApproved(investor?.status ?? 'pending');
  return investor;
}
