import type { ErasureCompletedData } from '@pollen/contracts';
import { ErasureLog, type ErasureOf } from '@pollen/platform/mongo';

/** The erasure log in memory: each erasure confirmed once, as the repository's insert-once does. */
export class RecordingErasureLog extends ErasureLog {
  /** By erasure id, in the order confirmed. */
  readonly completions = new Map<string, { data: ErasureCompletedData; causationId: string }>();
  /** The accounts whose erasure was confirmed; a test adds one to stand for an earlier erasure. */
  readonly erasedAccounts = new Set<string>();

  async completed(data: ErasureCompletedData, { accountId, causationId }: ErasureOf): Promise<boolean> {
    if (this.completions.has(data.erasureId)) return false;
    this.completions.set(data.erasureId, { data: structuredClone(data), causationId });
    this.erasedAccounts.add(accountId);
    return true;
  }

  async erasedAmong(accountIds: readonly string[]): Promise<Set<string>> {
    return new Set(accountIds.filter((accountId) => this.erasedAccounts.has(accountId)));
  }
}
