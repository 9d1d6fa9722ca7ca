import { Injectable, Logger } from '@nestjs/common';

import { ExportStore } from '../../repositories/export.store';
import { RunExport } from '../run-export/run-export.usecase';

/**
 * A run that has not ended by then was interrupted (its gateway stopped): a run takes at most a
 * few timeouts of its requests, well under this.
 */
export const RUN_STALE_AFTER_MS = 2 * 60 * 1000;
/** Runs of one export before it is given up as failed. */
export const MAX_RUNS = 3;
const BATCH = 10;

/**
 * The loop's pass over exports: deletes the expired ones, and takes over the runs a restart
 * interrupted. Replicas may look at the same job: the claim of its next run lets one run it.
 */
@Injectable()
export class ResumeExports {
  private readonly logger = new Logger(ResumeExports.name);

  constructor(
    private readonly exports: ExportStore,
    private readonly run: RunExport,
  ) {}

  /**
   * A gateway that stops between a claim and recording it leaves its job pending, claimed by no
   * live run: it expires with the others (the person may ask for another export meanwhile).
   * @returns false: what is left waits for the next poll.
   */
  async execute(now: Date): Promise<boolean> {
    const expired = await this.exports.sweep(now);
    if (expired > 0) this.logger.log({ expired }, 'expired exports deleted');
    const interrupted = await this.exports.interrupted(new Date(now.getTime() - RUN_STALE_AFTER_MS), BATCH);
    await Promise.all(
      interrupted.map(async (job) => {
        const attempt = job.attempt + 1;
        if (!(await this.exports.claimAttempt(job.id, attempt, now))) return;
        if (attempt > MAX_RUNS) {
          await this.exports.finish(job.id, { status: 'failed', error: `interrupted ${MAX_RUNS} times` });
          return;
        }
        await this.exports.startAttempt(job.id, attempt, now);
        await this.run.execute({ ...job, attempt, attemptStartedAt: now });
      }),
    );
    return false;
  }
}
