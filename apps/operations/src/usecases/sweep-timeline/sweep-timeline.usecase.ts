import { Injectable, Logger } from '@nestjs/common';

import { TimelineStore } from '../../repositories/timeline.store';

/** How long a delivery failure about no application is kept: the status counts the last day's. */
export const UNATTACHED_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the timeline's entries about no application once the status no longer counts them:
 * they were kept for that alone, and name their recipient.
 */
@Injectable()
export class SweepTimeline {
  private readonly logger = new Logger(SweepTimeline.name);

  constructor(private readonly timeline: TimelineStore) {}

  async execute(command: { now?: Date } = {}): Promise<number> {
    const now = command.now ?? new Date();
    const count = await this.timeline.removeUnattachedBefore(new Date(now.getTime() - UNATTACHED_KEPT_MS));
    if (count > 0) this.logger.log({ count }, 'deleted delivery failures about no application, past a day');
    return count;
  }
}
