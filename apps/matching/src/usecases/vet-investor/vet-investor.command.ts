import type { Actor, VettingAction } from '@pollen/contracts';

export interface VetInvestorCommand {
  investorId: string;
  requestId: string;
  actor: Actor;
  action: VettingAction;
  /** Required by reject and suspend (the request's data class says so). */
  reason?: string;
}
