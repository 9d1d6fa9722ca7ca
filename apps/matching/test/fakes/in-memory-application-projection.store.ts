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

  async findById(applicationId: string): Promise<ApplicationProjection | null> {
    const found = this.projections.get(applicationId);
    return found ? structuredClone(found) : null;
  }

  async findByIds(applicationIds: readonly string[]): Promise<ApplicationProjection[]> {
    return applicationIds.flatMap((id) => {
      const found = this.projections.get(id);
      return found ? [structuredClone(found)] : [];
    });
  }

  async takingProposals(afterId: string | undefined, limit: number): Promise<ApplicationProjection[]> {
    return [...this.projections.values()]
      .filter((p) => p.status === 'eligible' && p.shareWithInvestors)
      .filter((p) => afterId === undefined || p.applicationId > afterId)
      .sort((a, b) => (a.applicationId < b.applicationId ? -1 : 1))
      .slice(0, limit)
      .map((p) => structuredClone(p));
  }

  async ownedBy(ownerId: string): Promise<ApplicationProjection[]> {
    return [...this.projections.values()].filter((p) => p.ownerId === ownerId).map((p) => structuredClone(p));
  }

  async deleteMany(applicationIds: readonly string[]): Promise<number> {
    return applicationIds.filter((id) => this.projections.delete(id)).length;
  }

  async updateIfNewer(update: ProjectionUpdate): Promise<boolean> {
    const stored = this.projections.get(update.applicationId);
    if (!stored || stored.version >= update.version) return false;
    this.projections.set(update.applicationId, { ...stored, ...update });
    return true;
  }
}
