import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

import { NotificationsConfig } from '../config/notifications.config';
import { DispatchEmails } from '../usecases/dispatch-emails/dispatch-emails.usecase';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the dispatcher: a pass when mail is added (`kick`), and one every MAIL_POLL_MS for retries
 * that come due. While the database or the relay is down, passes fail and the mail waits.
 */
@Injectable()
export class EmailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EmailDispatcher.name);
  private running = false;
  private pending = false;
  private failing = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly dispatch: DispatchEmails,
    private readonly config: NotificationsConfig,
  ) {}

  /** Mail was added: send it now rather than at the next poll. */
  kick(): void {
    this.pending = true;
    this.wake?.();
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  /**
   * Stops at the end of the attempts under way (they are recorded before the database closes); the
   * relay's pool closes after this, on application shutdown.
   */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pending = false;
      let more = false;
      try {
        more = await this.dispatch.runDue(new Date(), () => !this.running);
        if (this.failing) this.logger.log('e-mail dispatcher running again');
        this.failing = false;
      } catch (error) {
        if (!this.failing) this.logger.warn({ err: (error as Error).message }, 'e-mail dispatcher pass failed');
        this.failing = true;
      }
      // More due, or mail added meanwhile: go on at once; otherwise wait for a kick or the poll.
      if (this.running && !this.failing && (this.pending || more)) continue;
      await Promise.race([sleep(this.config.MAIL_POLL_MS), new Promise<void>((resolve) => (this.wake = resolve))]);
    }
  }
}
