/** The answer to a request with an `Idempotency-Key`, kept to be sent again to its retries. */
export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What claiming a key found: the right to run the request, or why the request must not run. */
export type Claim =
  | { kind: 'claimed' }
  | { kind: 'in-progress' }
  | { kind: 'reused' }
  | { kind: 'finished'; answer: StoredAnswer };

/** The port of the gateway's idempotency records; IdempotencyRepository is the MongoDB adapter. */
export abstract class IdempotencyStore {
  /**
   * Claims `(scope, key)` for a request whose body hashes to `bodyHash`. A claim older than
   * `staleBefore` that never finished (its gateway died) may be taken over.
   */
  abstract claim(scope: string, key: string, bodyHash: string, now: Date, staleBefore: Date): Promise<Claim>;
  abstract finish(scope: string, key: string, answer: StoredAnswer): Promise<void>;
  /** Forgets a claim whose request failed on our side (5xx), so that its retry runs again. */
  abstract release(scope: string, key: string): Promise<void>;
  /** Forgets the records created before `before`; returns how many. */
  abstract sweep(before: Date): Promise<number>;
  /** Forgets every record of one scope (an account being erased). */
  abstract forgetScope(scope: string): Promise<number>;
}
