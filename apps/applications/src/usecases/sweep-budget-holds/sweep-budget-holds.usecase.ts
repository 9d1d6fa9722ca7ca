import { Injectable } from '@nestjs/common';

import { ApplicationsConfig } from '../../config/applications.config';
import { BudgetSettler } from '../../messaging/budget-settler';
import { ProgrammeStore } from '../../repositories/programme.store';

/**
 * Finds holds no decision confirmed within their lifetime and has each settled by its programme's
 * writer (released, or committed if a decision names it after all). Every replica sweeps; settling
 * twice changes nothing. Returns how many holds it asked about.
 */
@Injectable()
export class SweepBudgetHolds {
  constructor(
    private readonly programmes: ProgrammeStore,
    private readonly settler: BudgetSettler,
    private readonly config: ApplicationsConfig,
  ) {}

  async execute({ now }: { now: Date }): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.BUDGET_HOLD_LIFETIME_MS);
    let asked = 0;
    for (const programme of await this.programmes.withHoldsHeldBefore(cutoff)) {
      const stale = (programme.holds ?? []).filter((hold) => hold.state === 'held' && hold.heldAt <= cutoff);
      for (const hold of stale) {
        await this.settler.settle(programme.id, hold.applicationId);
        asked += 1;
      }
    }
    return asked;
  }
}
