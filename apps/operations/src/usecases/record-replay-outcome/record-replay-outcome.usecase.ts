import { Injectable, Logger } from '@nestjs/common';
import type { ReplayCompletedData } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { type DeadLetter, DeadLetterChange } from '../../domain/dead-letter';
import { DeadLetterChangedConcurrently } from '../../errors';
import { DeadLetterStore } from '../../repositories/dead-letter.store';

export interface RecordReplayOutcomeCommand extends ReplayCompletedData {
  /** The `ops.replay-completed` envelope's id: a redelivered outcome is recorded once. */
  completionId: string;
  at: Date;
}

/**
 * Records what the owning service made of a replay on the dead letter: `replayed`, or
 * `replay-failed` with the error (the failure counts as one more attempt).
 */
@Injectable()
export class RecordReplayOutcome {
  private readonly logger = new Logger(RecordReplayOutcome.name);

  constructor(private readonly deadLetters: DeadLetterStore) {}

  async execute(command: RecordReplayOutcomeCommand): Promise<DeadLetter | null> {
    if (!(await this.deadLetters.findById(command.deadLetterId))) {
      this.logger.warn({ deadLetterId: command.deadLetterId }, 'outcome of a replay of an unknown dead letter');
      return null;
    }
    return runCommand({
      store: this.deadLetters,
      load: async () => (await this.deadLetters.findById(command.deadLetterId)) as DeadLetter,
      requestId: command.completionId,
      apply: (current) => {
        const change = new DeadLetterChange(current, command.completionId, command.at);
        const next = change.next;
        const replay = next.replays.findLast((candidate) => !candidate.outcome);
        if (replay) {
          replay.outcome = command.outcome;
          replay.completedAt = command.at;
          if (command.error) replay.error = command.error;
        }
        next.state = command.outcome === 'failed' ? 'replay-failed' : 'replayed';
        if (command.outcome === 'failed') {
          next.attempts += 1;
          next.lastFailedAt = command.at;
          next.error = command.error ?? next.error;
        }
        next.updatedAt = command.at;
        next.version += 1;
        return change;
      },
      concurrentChange: () => new DeadLetterChangedConcurrently(),
    });
  }
}
