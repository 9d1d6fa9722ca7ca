import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, DomainException, type TimelinePageView } from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import { toTimelineEntryView } from '../../domain/timeline-entry';
import { TimelineStore } from '../../repositories/timeline.store';

export interface GetTimelineCommand {
  applicationId: string;
  cursor?: string;
  limit?: number;
  actor: Actor;
}

const DEFAULT_LIMIT = 20;

/**
 * Every event about one application from every service, oldest first, for operators. An
 * application no event has reached yet (unknown, or on its way) is not found.
 */
@Injectable()
export class GetTimeline {
  constructor(private readonly timeline: TimelineStore) {}

  async execute(command: GetTimelineCommand): Promise<TimelinePageView> {
    assertOperator(command.actor);
    const limit = command.limit ?? DEFAULT_LIMIT;
    const after = command.cursor ? decodeCursor(command.cursor) : undefined;
    const found = await this.timeline.page(command.applicationId, { after, limit: limit + 1 });
    if (found.length === 0 && !after) throw new DomainException('timeline.not-found');
    const { items, nextCursor } = page(
      found,
      limit,
      (entry) => entry.occurredAt,
      (entry) => entry.aggregateVersion,
    );
    return { applicationId: command.applicationId, items: items.map(toTimelineEntryView), nextCursor };
  }
}
