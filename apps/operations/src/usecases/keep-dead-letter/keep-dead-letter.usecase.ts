import { Injectable } from '@nestjs/common';

import { type DeadLetter, deadLetterFrom, type RawDeadLetter } from '../../domain/dead-letter';
import { candidateAccountIds, mentions, withoutAccount } from '../../domain/dead-letter-erasure';
import { DeadLetterStore } from '../../repositories/dead-letter.store';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';

/**
 * Keeps one message of a dead-letter topic; a redelivered one is already kept. Dead-letter topics
 * keep no order with the account events: a message about a person already erased is kept
 * anonymised, as the erasure would have left it.
 */
@Injectable()
export class KeepDeadLetter {
  constructor(
    private readonly deadLetters: DeadLetterStore,
    private readonly erasures: ErasureProgressStore,
  ) {}

  /** @returns the dead letter kept, or null if it already was. */
  async execute(command: { message: RawDeadLetter; now?: Date }): Promise<DeadLetter | null> {
    const now = command.now ?? new Date();
    const received = deadLetterFrom(command.message, now);
    if (await this.deadLetters.findById(received.id)) return null;
    const erased = await this.erasures.requestsOf(candidateAccountIds(received));
    const deadLetter = erased
      .filter((request) => mentions(received, request.accountId))
      .reduce((current, request) => withoutAccount(current, request.accountId, request.id, now), received);
    await this.deadLetters.insert(deadLetter, []);
    return deadLetter;
  }
}
