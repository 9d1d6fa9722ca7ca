import { allTopics, PERSONAL_DATA_MAX_RETENTION_MS } from '@pollen/contracts';

import type { DeadLetter } from './dead-letter';
import { withoutMessage } from './dead-letter-erasure';

export const EXPIRED_MARKER = '[expired]';

/**
 * The topics that carry personal data (what topicNamed(name)?.personalData says of each): their
 * dead letters are kept no longer than the dead-letter topic keeps them.
 */
export const personalDataTopics = (): string[] =>
  allTopics()
    .filter((topic) => topic.personalData)
    .map((topic) => topic.name);

/** Dead letters that last failed before this date have outlived their dead-letter topic. */
export const expiryCutoff = (now: Date): Date => new Date(now.getTime() - PERSONAL_DATA_MAX_RETENTION_MS);

/**
 * A dead letter of a personal-data topic past its retention: operators keep where it came from and
 * why it failed, never what it said (RGPD art. 5(1)(e)).
 */
export const expired = (deadLetter: DeadLetter, now: Date): DeadLetter =>
  withoutMessage(deadLetter, EXPIRED_MARKER, now);
