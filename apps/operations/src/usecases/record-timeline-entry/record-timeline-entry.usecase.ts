import { Injectable } from '@nestjs/common';
import type { HandledAs, InboundMessage } from '@pollen/platform/kafka';

import { erasedMarker } from '../../domain/dead-letter-erasure';
import { isIndexed, timelineEntryOf, type TimelineEvent, withoutAccount } from '../../domain/timeline-entry';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';
import { TimelineStore } from '../../repositories/timeline.store';

/**
 * Indexes one event for its application's timeline (or the status's failure counts), once however
 * often it comes; an event about no application is passed over.
 */
@Injectable()
export class RecordTimelineEntry {
  constructor(
    private readonly timeline: TimelineStore,
    private readonly erasures: ErasureProgressStore,
  ) {}

  async execute(command: { event: TimelineEvent; message: InboundMessage }): Promise<HandledAs> {
    let entry = timelineEntryOf(command.event, command.message);
    if (!isIndexed(entry)) return 'applied';
    // The delivery log and the account events keep no order between them: a delivery to an account
    // already erased (its given-up mail, most often) is kept as the erasure would have left it.
    const [erased] = entry.recipientId ? await this.erasures.requestsOf([entry.recipientId]) : [];
    if (erased) entry = withoutAccount(entry, erased.accountId, erasedMarker(erased.id));
    return (await this.timeline.add(entry)) ? 'applied' : 'duplicate';
  }
}
