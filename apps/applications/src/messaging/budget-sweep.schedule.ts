import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { ApplicationsConfig } from '../config/applications.config';
import { SweepBudgetHolds } from '../usecases/sweep-budget-holds/sweep-budget-holds.usecase';

/** Runs the sweep of expired budget holds every BUDGET_SWEEP_INTERVAL_MS, one pass at a time. */
@Injectable()
export class BudgetSweepSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BudgetSweepSchedule.name);
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;

  constructor(
    private readonly sweep: SweepBudgetHolds,
    private readonly config: ApplicationsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.pass ??= this.run().finally(() => (this.pass = undefined));
    }, this.config.BUDGET_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
  }

  private async run(): Promise<void> {
    try {
      const asked = await this.sweep.execute({ now: new Date() });
      if (asked > 0) this.logger.log({ holds: asked }, 'expired budget holds sent to be settled');
    } catch (error) {
      // The database or the broker is down: the next pass tries again.
      this.logger.warn({ err: (error as Error).message }, 'budget sweep failed');
    }
  }
}
