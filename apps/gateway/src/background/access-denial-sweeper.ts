import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { AccessDenialStore } from '../repositories/access-denial.store';

const POLL_MS = 10 * 60_000;

/** Forgets the denials of erased accounts once every token they refused has expired. */
@Injectable()
export class AccessDenialSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(denials: AccessDenialStore) {
    this.loop = new PollingLoop(
      'access denial sweep',
      async (now) => {
        await denials.sweep(now);
        return false;
      },
      POLL_MS,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
