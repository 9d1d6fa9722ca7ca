import { Logger } from '@nestjs/common';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One pass of a loop. @returns whether more may be due at once (the loop goes on without waiting);
 * it throws when the database or a server is down, and the loop waits for the next poll.
 */
export type Pass = (now: Date, stopping: () => boolean) => Promise<boolean>;

/**
 * Runs `pass` at once when kicked, and every `pollMs` for what comes due with time: the one loop of
 * every service's background work (dispatchers, the digest clock, sweeps of what has expired). A
 * failing pass is logged once, until one succeeds again.
 */
export class PollingLoop {
  private readonly logger: Logger;
  private running = false;
  private pending = false;
  private failing = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly name: string,
    private readonly pass: Pass,
    private readonly pollMs: number,
  ) {
    this.logger = new Logger(name);
  }

  /** Something was added: run a pass now rather than at the next poll. */
  kick(): void {
    this.pending = true;
    this.wake?.();
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Stops at the end of the pass under way. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pending = false;
      let more = false;
      try {
        more = await this.pass(new Date(), () => !this.running);
        if (this.failing) this.logger.log(`${this.name} running again`);
        this.failing = false;
      } catch (error) {
        if (!this.failing) this.logger.warn({ err: (error as Error).message }, `${this.name} pass failed`);
        this.failing = true;
      }
      // More due, or work added meanwhile: go on at once; otherwise wait for a kick or the poll.
      if (this.running && !this.failing && (this.pending || more)) continue;
      await Promise.race([sleep(this.pollMs), new Promise<void>((resolve) => (this.wake = resolve))]);
    }
  }
}
