import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { NotificationsConfig } from '../config/notifications.config';
import { SendDigests } from '../usecases/send-digests/send-digests.usecase';

/** Looks every DIGEST_POLL_MS whether the day's deal-flow digests are due, and adds them. */
@Injectable()
export class DigestClock implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(send: SendDigests, config: NotificationsConfig) {
    this.loop = new PollingLoop('digest clock', (now) => send.runDue(now), config.DIGEST_POLL_MS);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
