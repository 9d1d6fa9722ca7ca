import { DEAD_LETTER_STATES, type DeadLetterState } from '@pollen/contracts';
import { InMemoryAggregateStore } from '@pollen/testing';

import type { DeadLetter } from '../../src/domain/dead-letter';
import { concerns } from '../../src/domain/dead-letter-erasure';
import { EXPIRED_MARKER } from '../../src/domain/dead-letter-retention';
import type { DeadLetterQuery, DeadLetterStore } from '../../src/repositories/dead-letter.store';

/** The dead-letter store port in memory, for unit tests: what was written, and the events. */
export class InMemoryDeadLetterStore extends InMemoryAggregateStore<DeadLetter> implements DeadLetterStore {
  async list(query: DeadLetterQuery): Promise<DeadLetter[]> {
    const newestFirst = (a: DeadLetter, b: DeadLetter) =>
      b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
    const after = query.after;
    return this.all()
      .filter((item) => !query.topic || item.topic === query.topic)
      .filter((item) => !query.type || item.type === query.type)
      .filter((item) => !query.state || item.state === query.state)
      .filter(
        (item) =>
          !after ||
          item.createdAt.getTime() < after.createdAt.getTime() ||
          (item.createdAt.getTime() === after.createdAt.getTime() && item.id < after.id),
      )
      .sort(newestFirst)
      .slice(0, query.limit);
  }

  async concerning(accountId: string): Promise<DeadLetter[]> {
    return this.all().filter((deadLetter) => concerns(deadLetter, accountId));
  }

  async unexpiredBefore(topics: string[], before: Date, limit: number): Promise<DeadLetter[]> {
    return this.all()
      .filter((item) => topics.includes(item.topic) && item.lastFailedAt < before && item.value !== EXPIRED_MARKER)
      .sort((a, b) => a.lastFailedAt.getTime() - b.lastFailedAt.getTime())
      .slice(0, limit);
  }

  protected conflictOf(deadLetter: DeadLetter, others: DeadLetter[], inserting: boolean): Error | undefined {
    return inserting && others.some((other) => other.id === deadLetter.id)
      ? new Error(`dead letter ${deadLetter.id} is already kept`)
      : undefined;
  }

  async countByState(): Promise<Record<DeadLetterState, number>> {
    const counts = Object.fromEntries(DEAD_LETTER_STATES.map((state) => [state, 0])) as Record<DeadLetterState, number>;
    for (const deadLetter of this.all()) counts[deadLetter.state] += 1;
    return counts;
  }
}
