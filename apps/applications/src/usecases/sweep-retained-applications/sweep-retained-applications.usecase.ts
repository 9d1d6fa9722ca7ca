import { Injectable, Logger } from '@nestjs/common';

import { ApplicationStore } from '../../repositories/application.store';

const PAGE = 100;

/**
 * Deletes the applications kept after their owner's erasure once the law no longer requires them
 * (their retention ended). One page per pass; true when more may be due at once.
 */
@Injectable()
export class SweepRetainedApplications {
  private readonly logger = new Logger(SweepRetainedApplications.name);

  constructor(private readonly store: ApplicationStore) {}

  async execute({ now }: { now: Date }): Promise<boolean> {
    const due = await this.store.retainedUntilBefore(now, PAGE);
    let deleted = 0;
    // One with events still to publish (none is added after erasure, but an older one may wait) goes next pass.
    for (const application of due) if (await this.store.deleteIfPublished(application.id)) deleted++;
    if (deleted > 0) this.logger.log({ deleted }, 'applications past their retention deleted');
    return due.length === PAGE && deleted > 0;
  }
}
