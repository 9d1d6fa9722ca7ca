import type { ErasureStatus } from '@pollen/contracts';
import type { PageCursor } from '@pollen/platform/mongo';

import {
  completionOf,
  type ErasureConfirmation,
  type ErasureProgress,
  type ErasureRequest,
} from '../domain/erasure-progress';

/** Which requested erasures to list, and where the page starts (newest request first). */
export interface ErasureQuery {
  status?: ErasureStatus;
  after?: PageCursor;
  limit: number;
}

/**
 * The port use cases keep erasures through; ErasureProgressRepository is the MongoDB adapter. A
 * request and each confirmation are written once each; a progress is read from them, and only an
 * erasure whose request has come has one.
 */
export abstract class ErasureProgressStore {
  /** @returns false when the request was there already (a redelivery): nothing changed. */
  abstract addRequest(request: ErasureRequest): Promise<boolean>;
  /** @returns false when that service's confirmation was there already: nothing changed. */
  abstract addConfirmation(confirmation: ErasureConfirmation): Promise<boolean>;
  abstract findById(erasureId: string): Promise<ErasureProgress | null>;
  abstract findByAccount(accountId: string): Promise<ErasureProgress[]>;
  /** The requests of any of these accounts (a few ids found in one message). */
  abstract requestsOf(accountIds: string[]): Promise<ErasureRequest[]>;
  /** By request date then id, newest first. */
  abstract list(query: ErasureQuery): Promise<ErasureProgress[]>;
  /** Records on the request when the erasure ended, for the list's status filter. */
  abstract markCompleted(erasureId: string, completedAt: Date): Promise<void>;

  /**
   * Marks the erasure completed if its request and every confirmation are there. Both the request's
   * and the confirmations' handlers call it after their own write, so whichever writes last sees
   * everything, whatever replica it runs on.
   */
  async settle(erasureId: string): Promise<void> {
    const progress = await this.findById(erasureId);
    if (!progress || progress.request.completedAt) return;
    const completedAt = completionOf(progress.confirmations);
    if (completedAt) await this.markCompleted(erasureId, completedAt);
  }
}
