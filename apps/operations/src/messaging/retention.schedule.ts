import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { OperationsConfig } from '../config/operations.config';
import { ExpireDeadLetters } from '../usecases/expire-dead-letters/expire-dead-letters.usecase';
import { SweepTimeline } from '../usecases/sweep-timeline/sweep-timeline.usecase';

/**
 * Every RETENTION_SWEEP_POLL_MS: expires the dead letters of personal-data topics past their
 * retention, and deletes the delivery failures about no application the status no longer counts.
 */
@Injectable()
export class RetentionSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(deadLetters: ExpireDeadLetters, timeline: SweepTimeline, config: OperationsConfig) {
    this.loop = new PollingLoop(
      'retention sweep',
      async (now) => {
        const more = await deadLetters.execute({ now });
        await timeline.execute({ now });
        return more;
      },
      config.RETENTION_SWEEP_POLL_MS,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
