import type { EventEnvelope, InvestorStatus } from '@pollen/contracts';

import type { Investor } from '../domain/investor';

/** Position after the last item of a page: ordered by creation, then id. */
export interface InvestorCursor {
  createdAt: Date;
  id: string;
}

/** The port use cases keep investors through; InvestorRepository is the MongoDB adapter. */
export abstract class InvestorStore {
  abstract findById(id: string): Promise<Investor | null>;
  /** Writes a new investor and the events its creation emits, in one write. */
  abstract insert(investor: Investor, events: EventEnvelope[]): Promise<void>;
  /** Replaces the investor if it is still at `expectedVersion`, with its events; false otherwise. */
  abstract update(investor: Investor, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
  /** These investors, those that exist, in any order. */
  abstract findByIds(ids: readonly string[]): Promise<Investor[]>;
  /** Investors with a profile whose organisation never went to its topic, by id after `afterId`. */
  abstract withUnstatedOrganisation(afterId: string, limit: number): Promise<Investor[]>;
  /** Whether the investor's outbox still holds events not yet published (or set aside). */
  abstract hasUnpublishedEvents(id: string): Promise<boolean>;
  /**
   * Deletes the investor unless its outbox still holds events (they would be lost): false then, or
   * when it is gone already.
   */
  abstract deleteIfPublished(id: string): Promise<boolean>;
  /** Investors oldest first, optionally of one status. */
  abstract list(
    status: InvestorStatus | undefined,
    after: InvestorCursor | undefined,
    limit: number,
  ): Promise<Investor[]>;
}
