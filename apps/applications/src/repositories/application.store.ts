import type { ApplicationStatus, EventEnvelope } from '@pollen/contracts';

import type { Application } from '../domain/application';

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
}
