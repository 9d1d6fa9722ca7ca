import { type Claim, IdempotencyStore, type StoredAnswer } from '../../src/repositories/idempotency.store';

interface Entry {
  scope: string;
  bodyHash: string;
  startedAt: Date;
  createdAt: Date;
  answer?: StoredAnswer;
}

/** IdempotencyStore in memory, with the repository's rules (first claim wins, stale claims taken over). */
export class InMemoryIdempotencyStore extends IdempotencyStore {
  readonly entries = new Map<string, Entry>();

  async claim(scope: string, key: string, bodyHash: string, now: Date, staleBefore: Date): Promise<Claim> {
    const id = `${scope} ${key}`;
    const entry = this.entries.get(id);
    if (!entry) {
      this.entries.set(id, { scope, bodyHash, startedAt: now, createdAt: now });
      return { kind: 'claimed' };
    }
    if (entry.bodyHash !== bodyHash) return { kind: 'reused' };
    if (entry.answer) return { kind: 'finished', answer: entry.answer };
    if (entry.startedAt >= staleBefore) return { kind: 'in-progress' };
    entry.startedAt = now;
    return { kind: 'claimed' };
  }

  async finish(scope: string, key: string, answer: StoredAnswer): Promise<void> {
    const entry = this.entries.get(`${scope} ${key}`);
    if (entry) entry.answer = answer;
  }

  async release(scope: string, key: string): Promise<void> {
    const id = `${scope} ${key}`;
    if (!this.entries.get(id)?.answer) this.entries.delete(id);
  }

  async sweep(before: Date): Promise<number> {
    const old = [...this.entries].filter(([, entry]) => entry.createdAt < before);
    old.forEach(([id]) => this.entries.delete(id));
    return old.length;
  }

  async forgetScope(scope: string): Promise<number> {
    const of = [...this.entries].filter(([, entry]) => entry.scope === scope);
    of.forEach(([id]) => this.entries.delete(id));
    return of.length;
  }
}
