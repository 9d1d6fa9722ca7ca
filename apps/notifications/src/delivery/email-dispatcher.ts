import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { NotificationsConfig } from '../config/notifications.config';
import { DispatchEmails } from '../usecases/dispatch-emails/dispatch-emails.usecase';
import { NewDeliveries } from './new-deliveries';

/**
 * Runs the e-mail dispatcher: a pass when mail is added, and one every MAIL_POLL_MS for retries
 * that come due. While the database or the relay is down, passes fail and the mail waits.
 */
@Injectable()
export class EmailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(dispatch: DispatchEmails, config: NotificationsConfig, added: NewDeliveries) {
    this.loop = new PollingLoop(
      'e-mail dispatcher',
      (now, stopping) => dispatch.runDue(now, stopping),
      config.MAIL_POLL_MS,
    );
    added.onAdded('e-mail', () => this.loop.kick());
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /**
   * Stops at the end of the attempts under way (they are recorded before the database closes); the
   * relay's pool closes after this, on application shutdown.
   */
  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
