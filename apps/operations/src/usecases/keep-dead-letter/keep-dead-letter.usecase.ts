import { Injectable } from '@nestjs/common';

import { type DeadLetter, deadLetterFrom, type RawDeadLetter } from '../../domain/dead-letter';
import { DeadLetterStore } from '../../repositories/dead-letter.store';

/** Keeps one message of a dead-letter topic; a redelivered one is already kept. */
@Injectable()
export class KeepDeadLetter {
  constructor(private readonly deadLetters: DeadLetterStore) {}

  /** @returns the dead letter kept, or null if it already was. */
  async execute(command: { message: RawDeadLetter; now?: Date }): Promise<DeadLetter | null> {
    const deadLetter = deadLetterFrom(command.message, command.now ?? new Date());
    if (await this.deadLetters.findById(deadLetter.id)) return null;
    await this.deadLetters.insert(deadLetter, []);
    return deadLetter;
  }
}
