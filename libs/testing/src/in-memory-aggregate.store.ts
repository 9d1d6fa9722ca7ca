import type { EventEnvelope } from '@pollen/contracts';
import type { Aggregate } from '@pollen/platform/mongo';

/**
 * The fake every aggregate store port starts from in unit tests: the same insert and
 * compare-and-set rules as `AggregateRepository`, the events of every write kept in order, and the
 * domain's conflicts where the database would raise a duplicate key.
 */
export abstract class InMemoryAggregateStore<T extends Aggregate> {
  readonly items = new Map<string, T>();
  readonly events: EventEnvelope[] = [];

  /** The conflict a unique index would raise for `aggregate` among the stored `others`, if any. */
  protected abstract conflictOf(aggregate: T, others: T[], inserting: boolean): Error | undefined;

  async findById(id: string): Promise<T | null> {
    const found = this.items.get(id);
    return found ? structuredClone(found) : null;
  }

  async insert(aggregate: T, events: EventEnvelope[]): Promise<void> {
    const conflict = this.conflictOf(aggregate, [...this.items.values()], true);
    if (conflict) throw conflict;
    this.store(aggregate, events);
  }

  async update(aggregate: T, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    if (this.items.get(aggregate.id)?.version !== expectedVersion) return false;
    const others = [...this.items.values()].filter((other) => other.id !== aggregate.id);
    const conflict = this.conflictOf(aggregate, others, false);
    if (conflict) throw conflict;
    this.store(aggregate, events);
    return true;
  }

  /** Every stored aggregate, for queries a fake answers by filtering. */
  protected all(): T[] {
    return [...this.items.values()].map((item) => structuredClone(item));
  }

  private store(aggregate: T, events: EventEnvelope[]): void {
    this.items.set(aggregate.id, structuredClone(aggregate));
    this.events.push(...events);
  }
}
