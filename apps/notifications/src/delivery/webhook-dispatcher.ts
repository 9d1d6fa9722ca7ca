import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { NotificationsConfig } from '../config/notifications.config';
import { DispatchWebhooks } from '../usecases/dispatch-webhooks/dispatch-webhooks.usecase';
import { NewDeliveries } from './new-deliveries';

/**
 * Runs the webhook dispatcher: a pass when calls are added or one ends (the endpoint's next may be
 * due), and one every WEBHOOK_POLL_MS for retries. Stopping waits for the calls under way.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(
    private readonly dispatch: DispatchWebhooks,
    config: NotificationsConfig,
    added: NewDeliveries,
  ) {
    this.loop = new PollingLoop(
      'webhook dispatcher',
      (now, stopping) => dispatch.startDue(now, stopping),
      config.WEBHOOK_POLL_MS,
    );
    added.onAdded('webhook', () => this.loop.kick());
    dispatch.onCallEnded(() => this.loop.kick());
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    await this.dispatch.callsUnderWay();
  }
}
