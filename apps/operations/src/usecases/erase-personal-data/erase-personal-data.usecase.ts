import { Injectable } from '@nestjs/common';
import type { HandledAs } from '@pollen/platform/kafka';
import { ErasureLog } from '@pollen/platform/mongo';

import { concerns, erasedMarker, mentions, withoutAccount } from '../../domain/dead-letter-erasure';
import { DeadLetterStore } from '../../repositories/dead-letter.store';
import { TimelineStore } from '../../repositories/timeline.store';

export interface ErasePersonalDataCommand {
  erasureId: string;
  accountId: string;
  /** The account.erasure-requested event: the confirmation's cause. */
  causationId: string;
  now?: Date;
}

/** Tries again when a replay's outcome changed the dead letter between the read and the write. */
const ATTEMPTS = 5;

/**
 * The operations service's own part of an erasure: the dead letters that mention the account keep
 * where they came from and why they failed, and lose what they said; replays the account (an
 * operator) asked for lose its id; timeline entries whose subject holds it (its notifications) name
 * the erasure instead. Then the confirmation, once: a second run finds nothing to erase and the
 * erasure log already has it.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly deadLetters: DeadLetterStore,
    private readonly timeline: TimelineStore,
    private readonly erasureLog: ErasureLog,
  ) {}

  async execute(command: ErasePersonalDataCommand): Promise<HandledAs> {
    const now = command.now ?? new Date();
    let messages = 0;
    let replays = 0;
    for (const found of await this.deadLetters.concerning(command.accountId)) {
      const erased = await this.erase(found.id, command, now);
      if (erased.message) messages++;
      replays += erased.replays;
    }
    const entries = await this.timeline.anonymiseAccount(command.accountId, erasedMarker(command.erasureId));
    const recorded = await this.erasureLog.completed(
      {
        erasureId: command.erasureId,
        service: 'operations',
        erased: [
          { what: 'dead letters', count: messages, how: 'anonymised' },
          { what: 'replay requests', count: replays, how: 'anonymised' },
          { what: 'timeline entries', count: entries, how: 'anonymised' },
        ],
        kept: [],
      },
      { accountId: command.accountId, causationId: command.causationId },
    );
    return recorded ? 'applied' : 'duplicate';
  }

  private async erase(
    id: string,
    command: ErasePersonalDataCommand,
    now: Date,
  ): Promise<{ message: boolean; replays: number }> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.deadLetters.findById(id);
      if (!current || !concerns(current, command.accountId)) return { message: false, replays: 0 };
      const erased = withoutAccount(current, command.accountId, command.erasureId, now);
      if (await this.deadLetters.update({ ...erased, version: current.version + 1 }, current.version, [])) {
        return {
          message: mentions(current, command.accountId),
          replays: current.replays.filter((replay) => replay.requestedBy === command.accountId).length,
        };
      }
      if (attempt === ATTEMPTS) throw new Error(`dead letter ${id} kept changing during the erasure`);
    }
  }
}
