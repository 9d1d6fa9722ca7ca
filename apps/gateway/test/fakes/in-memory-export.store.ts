import type { ExportJob } from '../../src/domain/export';
import { type ExportOutcome, ExportStore } from '../../src/repositories/export.store';

/** Exports in memory, with the repository's rules: one claim per run, an ended job stays ended. */
export class InMemoryExportStore extends ExportStore {
  readonly jobs = new Map<string, ExportJob>();
  readonly claims = new Set<string>();

  async insert(job: ExportJob): Promise<void> {
    this.jobs.set(job.id, structuredClone(job));
  }

  async findOwned(id: string, accountId: string, now: Date): Promise<ExportJob | null> {
    const job = this.jobs.get(id);
    return job && job.accountId === accountId && job.expiresAt > now ? structuredClone(job) : null;
  }

  async claimAttempt(id: string, attempt: number, _at?: Date): Promise<boolean> {
    const claim = `${id}#${attempt}`;
    if (this.claims.has(claim)) return false;
    this.claims.add(claim);
    return true;
  }

  async startAttempt(id: string, attempt: number, at: Date): Promise<void> {
    const job = this.jobs.get(id);
    if (job?.status === 'pending') Object.assign(job, { attempt, attemptStartedAt: at });
  }

  async finish(id: string, outcome: ExportOutcome): Promise<void> {
    const job = this.jobs.get(id);
    if (job?.status === 'pending') Object.assign(job, structuredClone(outcome));
  }

  async interrupted(before: Date, limit: number): Promise<ExportJob[]> {
    return [...this.jobs.values()]
      .filter((job) => job.status === 'pending' && job.attemptStartedAt < before)
      .slice(0, limit)
      .map((job) => structuredClone(job));
  }

  async sweep(now: Date): Promise<number> {
    return this.remove((job) => job.expiresAt < now);
  }

  async eraseAccount(accountId: string): Promise<number> {
    return this.remove((job) => job.accountId === accountId);
  }

  private remove(which: (job: ExportJob) => boolean): number {
    const gone = [...this.jobs.values()].filter(which);
    gone.forEach((job) => this.jobs.delete(job.id));
    return gone.length;
  }
}
