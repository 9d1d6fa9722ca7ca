import type { Trigger } from '../matchmaker';

/** An investor event was published: match the investor as they now stand. */
export interface RematchInvestorCommand extends Trigger {
  investorId: string;
}
