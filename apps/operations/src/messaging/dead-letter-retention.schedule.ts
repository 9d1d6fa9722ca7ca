import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { OperationsConfig } from '../config/operations.config';
import { ExpireDeadLetters } from '../usecases/expire-dead-letters/expire-dead-letters.usecase';

/** Expires, every RETENTION_SWEEP_POLL_MS, the dead letters of personal-data topics past their retention. */
@Injectable()
export class DeadLetterRetentionSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(sweep: ExpireDeadLetters, config: OperationsConfig) {
    this.loop = new PollingLoop(
      'dead-letter retention sweep',
      (now) => sweep.execute({ now }),
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
