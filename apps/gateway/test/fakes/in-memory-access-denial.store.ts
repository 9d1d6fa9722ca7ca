import { AccessDenialStore } from '../../src/repositories/access-denial.store';

/** Denied accounts in memory, with the repository's rule that a denial only ever lasts longer. */
export class InMemoryAccessDenialStore extends AccessDenialStore {
  readonly until = new Map<string, Date>();

  async deny(accountId: string, until: Date): Promise<void> {
    const current = this.until.get(accountId);
    if (!current || current < until) this.until.set(accountId, until);
  }

  async lift(accountId: string): Promise<void> {
    this.until.delete(accountId);
  }

  async isDenied(accountId: string, now: Date): Promise<boolean> {
    return (this.until.get(accountId) ?? now) > now;
  }

  async sweep(now: Date): Promise<number> {
    const ended = [...this.until].filter(([, until]) => until < now);
    ended.forEach(([id]) => this.until.delete(id));
    return ended.length;
  }
}
