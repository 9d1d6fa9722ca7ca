import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { NotificationsConfig } from '../config/notifications.config';
import { SweepExpiredNotifications } from '../usecases/sweep-expired-notifications/sweep-expired-notifications.usecase';

/** Deletes, every RETENTION_SWEEP_POLL_MS, the records whose retention ended. */
@Injectable()
export class RetentionSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(sweep: SweepExpiredNotifications, config: NotificationsConfig) {
    this.loop = new PollingLoop('retention sweep', (now) => sweep.runDue(now), config.RETENTION_SWEEP_POLL_MS);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
