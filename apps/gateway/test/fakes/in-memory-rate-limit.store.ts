import { RateLimitStore } from '../../src/repositories/rate-limit.store';

/** Rate-limit slots in memory, by key. */
export class InMemoryRateLimitStore extends RateLimitStore {
  readonly slots = new Map<string, number>();

  async take(key: string, window: number, limit: number, _expiresAt?: Date): Promise<number | undefined> {
    const id = `${key}|${window}`;
    const taken = (this.slots.get(id) ?? 0) + 1;
    if (taken > limit) return undefined;
    this.slots.set(id, taken);
    return taken;
  }

  async sweep(): Promise<number> {
    return 0;
  }

  async forget(key: string): Promise<number> {
    const of = [...this.slots].filter(([id]) => id.startsWith(`${key}|`));
    of.forEach(([id]) => this.slots.delete(id));
    return of.reduce((sum, [, count]) => sum + count, 0);
  }
}
