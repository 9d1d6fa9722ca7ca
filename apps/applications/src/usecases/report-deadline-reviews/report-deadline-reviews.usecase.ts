import { Injectable, Logger } from '@nestjs/common';

import { type Deadline, deadlinesToReview } from '../../domain/deadline-review';
import { type ProgrammeCursor, ProgrammeStore } from '../../repositories/programme.store';

const PAGE = 100;

export interface DeadlineToReview {
  programmeId: string;
  deadlines: Deadline[];
}

/**
 * Says at start which programmes have a deadline an operator must confirm or correct (a bare date
 * once read as UTC), so that the operators hear of them; it changes nothing.
 */
@Injectable()
export class ReportDeadlineReviews {
  private readonly logger = new Logger(ReportDeadlineReviews.name);

  constructor(private readonly programmes: ProgrammeStore) {}

  async execute(): Promise<DeadlineToReview[]> {
    const found: DeadlineToReview[] = [];
    let after: ProgrammeCursor | undefined;
    for (;;) {
      const page = await this.programmes.list({}, after, PAGE);
      for (const programme of page) {
        const deadlines = deadlinesToReview(programme);
        if (deadlines.length === 0) continue;
        found.push({ programmeId: programme.id, deadlines });
        this.logger.warn(
          {
            programmeId: programme.id,
            deadlines,
            opensAt: programme.opensAt.toISOString(),
            closesAt: programme.closesAt.toISOString(),
          },
          'programme deadline at 00:00 UTC awaits an operator’s review (PATCH it to confirm or correct it)',
        );
      }
      const last = page.at(-1);
      if (page.length < PAGE || !last) return found;
      after = { closesAt: last.closesAt, id: last.id };
    }
  }
}
