import { Injectable } from '@nestjs/common';
import type { Actor, PersonalDataSectionsView } from '@pollen/contracts';

import type { DeadLetter } from '../../domain/dead-letter';
import { mentions } from '../../domain/dead-letter-erasure';
import { toErasureView } from '../../domain/erasure-progress';
import { toTimelineEntryView } from '../../domain/timeline-entry';
import { DeadLetterStore } from '../../repositories/dead-letter.store';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';
import { TimelineStore } from '../../repositories/timeline.store';

/**
 * That a message about the account failed, where and why; not the message, its headers or its
 * error, which may carry other people's data.
 */
const failureOf = (deadLetter: DeadLetter) => ({
  id: deadLetter.id,
  deadLetterTopic: deadLetter.deadLetterTopic,
  topic: deadLetter.topic,
  type: deadLetter.type,
  reason: deadLetter.reason,
  firstFailedAt: new Date(deadLetter.firstFailedAt).toISOString(),
  lastFailedAt: new Date(deadLetter.lastFailedAt).toISOString(),
  state: deadLetter.state,
});

/** The replays the account (an operator) asked for, and nothing of the message replayed. */
const replaysBy = (deadLetter: DeadLetter, accountId: string) =>
  deadLetter.replays
    .filter((replay) => replay.requestedBy === accountId)
    .map((replay) => ({
      deadLetterId: deadLetter.id,
      requestedAt: new Date(replay.requestedAt).toISOString(),
      ...(replay.outcome ? { outcome: replay.outcome } : {}),
      ...(replay.completedAt ? { completedAt: new Date(replay.completedAt).toISOString() } : {}),
    }));

/**
 * What the operations service holds about the asking account (RGPD art. 15 and 20): the dead
 * letters whose message mentions it, the replays it asked for, the timeline entries that name it
 * (its notifications' deliveries: what they said is in the notifications service's part), and its
 * erasures (none, for an account still there, unless an earlier request is still on its way).
 */
@Injectable()
export class ExportPersonalData {
  constructor(
    private readonly deadLetters: DeadLetterStore,
    private readonly progress: ErasureProgressStore,
    private readonly timeline: TimelineStore,
  ) {}

  async execute(command: { actor: Actor }): Promise<PersonalDataSectionsView> {
    const accountId = command.actor.id;
    const [deadLetters, erasures, timelineEntries] = await Promise.all([
      this.deadLetters.concerning(accountId),
      this.progress.findByAccount(accountId),
      this.timeline.naming(accountId),
    ]);
    return {
      service: 'operations',
      sections: {
        deadLetters: deadLetters.filter((deadLetter) => mentions(deadLetter, accountId)).map(failureOf),
        replayRequests: deadLetters.flatMap((deadLetter) => replaysBy(deadLetter, accountId)),
        erasures: erasures.map(toErasureView),
        timelineEntries: timelineEntries.map(toTimelineEntryView),
      },
    };
  }
}
