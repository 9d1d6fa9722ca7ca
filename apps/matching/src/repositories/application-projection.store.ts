import type { ApplicationProjection, ProjectionUpdate } from '../domain/application-projection';

/** The port the projection is written through; ApplicationProjectionRepository is the MongoDB adapter. */
export abstract class ApplicationProjectionStore {
  /**
   * Stores the projection unless the one stored is already at its version or newer, in one
   * atomic write (the ordering and idempotency guard together).
   * @returns false when the stored projection was as new or newer: nothing changed.
   */
  abstract saveIfNewer(projection: ApplicationProjection): Promise<boolean>;

  /** Moves the status or the consent of a stored projection if the update is newer; false when nothing changed. */
  abstract updateIfNewer(update: ProjectionUpdate): Promise<boolean>;

  abstract findById(applicationId: string): Promise<ApplicationProjection | null>;

  /** The projections of these applications that exist, in any order. */
  abstract findByIds(applicationIds: readonly string[]): Promise<ApplicationProjection[]>;

  /** Eligible applications whose owners consent to be shown to investors (pairing's `takesProposals`), by id, after `afterId`. */
  abstract takingProposals(afterId: string | undefined, limit: number): Promise<ApplicationProjection[]>;

  /** The projections of the applications the account owns. */
  abstract ownedBy(ownerId: string): Promise<ApplicationProjection[]>;

  /** Deletes these projections; how many there were. */
  abstract deleteMany(applicationIds: readonly string[]): Promise<number>;
}
