import { type ErasureProgress, newErasureProgress } from '../../src/domain/erasure-progress';
import type { ErasureProgressStore, ErasureQuery } from '../../src/repositories/erasure-progress.store';

/** The erasure-progress port in memory, for unit tests. */
export class InMemoryErasureProgressStore implements ErasureProgressStore {
  readonly items = new Map<string, ErasureProgress>();

  async findById(erasureId: string): Promise<ErasureProgress | null> {
    const found = this.items.get(erasureId);
    return found ? structuredClone(found) : null;
  }

  async findByAccount(accountId: string): Promise<ErasureProgress[]> {
    return [...this.items.values()].filter((item) => item.accountId === accountId).map((item) => structuredClone(item));
  }

  async list(query: ErasureQuery): Promise<ErasureProgress[]> {
    const at = (item: ErasureProgress) => item.requestedAt?.getTime() ?? 0;
    const after = query.after;
    return [...this.items.values()]
      .filter((item) => item.requestedAt && (!query.status || item.status === query.status))
      .filter(
        (item) => !after || at(item) < after.at.getTime() || (at(item) === after.at.getTime() && item.id < after.id),
      )
      .sort((a, b) => at(b) - at(a) || (a.id < b.id ? 1 : -1))
      .slice(0, query.limit)
      .map((item) => structuredClone(item));
  }

  async change(
    erasureId: string,
    change: (current: ErasureProgress) => ErasureProgress | null,
  ): Promise<ErasureProgress | null> {
    const stored = this.items.get(erasureId);
    const next = change(structuredClone(stored) ?? newErasureProgress(erasureId));
    if (!next) return null;
    const saved = { ...next, version: (stored?.version ?? 0) + 1 };
    this.items.set(erasureId, structuredClone(saved));
    return saved;
  }
}
