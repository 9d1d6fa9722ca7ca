import type { ApplicationProjection, ProjectionUpdate } from '../../src/domain/application-projection';
import { ApplicationProjectionStore } from '../../src/repositories/application-projection.store';

/** The projection store as a map, with the same ordering rule as the MongoDB adapter. */
export class InMemoryApplicationProjectionStore extends ApplicationProjectionStore {
  readonly projections = new Map<string, ApplicationProjection>();

  async saveIfNewer(projection: ApplicationProjection): Promise<boolean> {
    const stored = this.projections.get(projection.applicationId);
    if (stored && stored.version >= projection.version) return false;
    this.projections.set(projection.applicationId, structuredClone(projection));
    return true;
  }

  async updateIfNewer(update: ProjectionUpdate): Promise<boolean> {
    const stored = this.projections.get(update.applicationId);
    if (!stored || stored.version >= update.version) return false;
    this.projections.set(update.applicationId, { ...stored, ...update });
    return true;
  }
}
