import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { ReportDeadlineReviews } from '../usecases/report-deadline-reviews/report-deadline-reviews.usecase';

/** Reports, once at start, the programme deadlines operators must review. */
@Injectable()
export class DeadlineReviewAtStart implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeadlineReviewAtStart.name);

  constructor(private readonly report: ReportDeadlineReviews) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.report.execute();
    } catch (error) {
      // A report, not a precondition: the service starts without it when the database is down.
      this.logger.warn({ err: (error as Error).message }, 'programme deadlines could not be checked at start');
    }
  }
}
