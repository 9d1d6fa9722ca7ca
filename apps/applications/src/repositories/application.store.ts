import type { ApplicationStatus, EventEnvelope } from '@pollen/contracts';

import type { Application } from '../domain/application';
import type { KeptApplication } from '../domain/erasure';

export interface ApplicationFilter {
  ownerId?: string;
  programmeId?: string;
  status?: ApplicationStatus;
}

/** Position after the last item of a page: newest first, then id. */
export interface ApplicationCursor {
  createdAt: Date;
  id: string;
}

/** The port use cases write through; ApplicationRepository is the MongoDB adapter. */
export abstract class ApplicationStore {
  abstract findById(id: string): Promise<Application | null>;
  /** The owner's active application for this programme and SIREN, if any. */
  abstract findActive(ownerId: string, programmeId: string, siren: string): Promise<Application | null>;
  /**
   * Stores a new application with its events in one write.
   * @throws DuplicateActiveApplication when the owner already has an active one, ApplicationIdTaken.
   */
  abstract insert(application: Application, events: EventEnvelope[]): Promise<void>;
  /** Replaces the application, with its events, if it is still at `expectedVersion`; false otherwise. */
  abstract update(application: Application, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
  abstract list(filter: ApplicationFilter, after: ApplicationCursor | undefined, limit: number): Promise<Application[]>;
  /** Every application the account owns, or whose history or consents name it. */
  abstract concerning(accountId: string): Promise<Application[]>;
  /** The applications an erasure kept (they name no owner any more). */
  abstract keptBy(erasureId: string): Promise<KeptApplication[]>;
  /** Kept applications whose retention ended before `now`, at most `limit`. */
  abstract retainedUntilBefore(now: Date, limit: number): Promise<KeptApplication[]>;
  /** Those of these applications whose outbox still holds events not yet published. */
  abstract withUnpublishedEvents(ids: readonly string[]): Promise<string[]>;
  /**
   * Deletes the application unless its outbox still holds events (they would be lost): false then,
   * or when it is gone already.
   */
  abstract deleteIfPublished(id: string): Promise<boolean>;
}
