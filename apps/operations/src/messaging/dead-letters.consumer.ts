import { Controller } from '@nestjs/common';
import { Headers, REPLAY_COMPLETED, ReplayCompletedData } from '@pollen/contracts';
import { DeadLetterConsumer, type InboundMessage, PoisonMessageError, validateOrThrow } from '@pollen/platform/kafka';

import { KeepDeadLetter, RecordReplayOutcome } from '../usecases';

/**
 * Every dead-letter topic: a dead letter is kept as it came; the outcome of a replay, which the
 * owning service writes on the same topic (ADR 0012), is recorded on its dead letter.
 */
@Controller()
export class DeadLettersConsumer extends DeadLetterConsumer('operations') {
  constructor(
    private readonly keep: KeepDeadLetter,
    private readonly recordOutcome: RecordReplayOutcome,
  ) {
    super();
  }

  async handleDeadLetter(message: InboundMessage): Promise<void> {
    if (message.headers[Headers.type] !== REPLAY_COMPLETED) {
      await this.keep.execute({ message });
      return;
    }
    const envelope = message.value as { id?: unknown; occurredAt?: unknown; data?: unknown } | null;
    if (typeof envelope?.id !== 'string') throw new PoisonMessageError('malformed', 'a replay outcome without an id');
    const data = await validateOrThrow(ReplayCompletedData, envelope.data);
    const at = typeof envelope.occurredAt === 'string' ? new Date(envelope.occurredAt) : new Date();
    await this.recordOutcome.execute({ ...data, completionId: envelope.id, at });
  }
}
