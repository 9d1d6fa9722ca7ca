/** The port of the rate-limit counters shared by every gateway replica; RateLimitRepository is the MongoDB adapter. */
export abstract class RateLimitStore {
  /**
   * Counts one request of `key` in `window`: takes the next free slot, or none when `limit` slots
   * are taken. Returns the slot taken (1-based), or undefined when over the limit.
   */
  abstract take(key: string, window: number, limit: number, expiresAt: Date): Promise<number | undefined>;
  /** Forgets the slots of windows that ended two periods ago or more; returns how many. */
  abstract sweep(now: Date): Promise<number>;
  /** Forgets every slot of one key (an erased account's); returns how many. */
  abstract forget(key: string): Promise<number>;
}
