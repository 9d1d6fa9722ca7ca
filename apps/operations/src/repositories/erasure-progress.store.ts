import type { ErasureStatus } from '@pollen/contracts';
import type { PageCursor } from '@pollen/platform/mongo';

import type { ErasureProgress } from '../domain/erasure-progress';

/** Which requested erasures to list, and where the page starts (newest request first). */
export interface ErasureQuery {
  status?: ErasureStatus;
  after?: PageCursor;
  limit: number;
}

/** The port use cases keep erasure progress through; ErasureProgressRepository is the MongoDB adapter. */
export abstract class ErasureProgressStore {
  abstract findById(erasureId: string): Promise<ErasureProgress | null>;
  abstract findByAccount(accountId: string): Promise<ErasureProgress[]>;
  /** Only erasures whose request has arrived, by request date then id, newest first. */
  abstract list(query: ErasureQuery): Promise<ErasureProgress[]>;
  /**
   * Applies `change` to the stored progress (a new one if there is none) and saves the result, as
   * the record's only writer at a time; null when `change` answers that nothing changes.
   */
  abstract change(
    erasureId: string,
    change: (current: ErasureProgress) => ErasureProgress | null,
  ): Promise<ErasureProgress | null>;
}
