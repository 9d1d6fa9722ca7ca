import type { DeadLetterState, EventEnvelope } from '@pollen/contracts';

import type { DeadLetter } from '../domain/dead-letter';

/** Which dead letters to list, and where the page starts. */
export interface DeadLetterQuery {
  topic?: string;
  type?: string;
  state?: DeadLetterState;
  /** The last one of the previous page: the page starts after it (newest first). */
  after?: { createdAt: Date; id: string };
  limit: number;
}

/** The port use cases keep dead letters through; DeadLetterRepository is the MongoDB adapter. */
export abstract class DeadLetterStore {
  abstract findById(id: string): Promise<DeadLetter | null>;
  /** Newest first (by when it was kept, then id). */
  abstract list(query: DeadLetterQuery): Promise<DeadLetter[]>;
  /** Every dead letter that holds something about the account (domain/dead-letter-erasure.ts `concerns`). */
  abstract concerning(accountId: string): Promise<DeadLetter[]>;
  /**
   * Up to `limit` dead letters of these original topics that last failed before `before` and whose
   * message is still there (not yet expired by the retention sweep).
   */
  abstract unexpiredBefore(topics: string[], before: Date, limit: number): Promise<DeadLetter[]>;
  /** How many dead letters are in each state. */
  abstract countByState(): Promise<Record<DeadLetterState, number>>;
  /** Writes a new dead letter and the events its creation emits, in one write. */
  abstract insert(deadLetter: DeadLetter, events: EventEnvelope[]): Promise<void>;
  /** Replaces the dead letter if it is still at `expectedVersion`, with its events; false otherwise. */
  abstract update(deadLetter: DeadLetter, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
}
