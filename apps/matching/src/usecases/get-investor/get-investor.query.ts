import type { Actor } from '@pollen/contracts';

export interface GetInvestorQuery {
  investorId: string;
  actor: Actor;
}
