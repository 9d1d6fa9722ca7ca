import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, type DeadLetterView } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { runCommand } from '@pollen/platform/mongo';

import { DeadLetterChange, toDeadLetterView } from '../../domain/dead-letter';
import { DeadLetterChangedConcurrently, DeadLetterNotFound, DeadLetterNotReplayable } from '../../errors';
import { DeadLetterStore } from '../../repositories/dead-letter.store';

export interface ReplayDeadLetterCommand {
  deadLetterId: string;
  requestId: string;
  actor: Actor;
}

/**
 * Asks the service that dead-lettered an event to run it again: the dead letter is `replaying`
 * and `ops.replay-requested` (keyed by the original key) leaves through the outbox in the same
 * write. A request dead letter is refused: its caller was answered long ago; so is one whose
 * message was erased with the person it named.
 */
@Injectable()
export class ReplayDeadLetter {
  constructor(private readonly deadLetters: DeadLetterStore) {}

  async execute(command: ReplayDeadLetterCommand): Promise<DeadLetterView> {
    assertOperator(command.actor);
    const deadLetter = await runCommand({
      store: this.deadLetters,
      load: async () => {
        const current = await this.deadLetters.findById(command.deadLetterId);
        if (!current) throw new DeadLetterNotFound(command.deadLetterId);
        return current;
      },
      requestId: command.requestId,
      apply: (current) => {
        // An erased person's dead letter is `expired`: its message is gone, nothing is left to run.
        if (current.kind !== 'event' || !current.key || current.state === 'expired') {
          throw new DeadLetterNotReplayable();
        }
        const change = new DeadLetterChange(current, command.requestId, new Date());
        change.next.state = 'replaying';
        change.next.replays.push({ requestedAt: change.at, requestedBy: command.actor.id });
        change.next.updatedAt = change.at;
        // Keyed by the original key, not by the dead letter's id: not `emit`.
        change.next.version += 1;
        change.events.push(
          newEvent('ops.replay-requested', {
            subject: current.key,
            aggregateVersion: change.next.version,
            causationId: command.requestId,
            occurredAt: change.at,
            data: { deadLetterId: current.id, key: current.key, headers: current.headers, value: current.value },
          }),
        );
        return change;
      },
      concurrentChange: () => new DeadLetterChangedConcurrently(),
    });
    return toDeadLetterView(deadLetter);
  }
}
