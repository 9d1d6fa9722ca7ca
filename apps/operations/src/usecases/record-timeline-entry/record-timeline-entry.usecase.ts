import { Injectable } from '@nestjs/common';
import type { HandledAs, InboundMessage } from '@pollen/platform/kafka';

import { isIndexed, timelineEntryOf, type TimelineEvent } from '../../domain/timeline-entry';
import { TimelineStore } from '../../repositories/timeline.store';

/**
 * Indexes one event for its application's timeline (or the status's failure counts), once however
 * often it comes; an event about no application is passed over.
 */
@Injectable()
export class RecordTimelineEntry {
  constructor(private readonly timeline: TimelineStore) {}

  async execute(command: { event: TimelineEvent; message: InboundMessage }): Promise<HandledAs> {
    const entry = timelineEntryOf(command.event, command.message);
    if (!isIndexed(entry)) return 'applied';
    return (await this.timeline.add(entry)) ? 'applied' : 'duplicate';
  }
}
