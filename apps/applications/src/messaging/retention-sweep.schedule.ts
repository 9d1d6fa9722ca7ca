import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { ApplicationsConfig } from '../config/applications.config';
import { SweepRetainedApplications } from '../usecases/sweep-retained-applications/sweep-retained-applications.usecase';

/** Deletes, every RETENTION_SWEEP_POLL_MS, the applications kept after an erasure whose retention ended. */
@Injectable()
export class RetentionSweepSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(sweep: SweepRetainedApplications, config: ApplicationsConfig) {
    this.loop = new PollingLoop('retention sweep', (now) => sweep.execute({ now }), config.RETENTION_SWEEP_POLL_MS);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
