import { Injectable, Logger } from '@nestjs/common';

import { expired, expiryCutoff, personalDataTopics } from '../../domain/dead-letter-retention';
import { DeadLetterStore } from '../../repositories/dead-letter.store';

const BATCH = 100;

/**
 * Dead letters of personal-data topics live no longer than their dead-letter topic keeps the
 * message (PERSONAL_DATA_MAX_RETENTION_MS after the last failure): past that, what the message said
 * is replaced, and operators keep where it came from and why it failed.
 */
@Injectable()
export class ExpireDeadLetters {
  private readonly logger = new Logger(ExpireDeadLetters.name);

  constructor(private readonly deadLetters: DeadLetterStore) {}

  /** One batch. @returns whether more may be due (the loop goes on at once). */
  async execute(command: { now?: Date } = {}): Promise<boolean> {
    const now = command.now ?? new Date();
    const due = await this.deadLetters.unexpiredBefore(personalDataTopics(), expiryCutoff(now), BATCH);
    let count = 0;
    for (const deadLetter of due) {
      // A replay outcome written meanwhile wins; the next pass finds the dead letter again.
      const next = { ...expired(deadLetter, now), version: deadLetter.version + 1 };
      if (await this.deadLetters.update(next, deadLetter.version, [])) count++;
    }
    if (count > 0) this.logger.log({ count }, 'expired dead letters of personal-data topics');
    return due.length === BATCH && count > 0;
  }
}
