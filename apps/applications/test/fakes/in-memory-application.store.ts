import { InMemoryAggregateStore } from '@pollen/testing';

import { activeKeyOf, type Application } from '../../src/domain/application';
import type { KeptApplication } from '../../src/domain/erasure';
import { ApplicationIdTaken, DuplicateActiveApplication } from '../../src/errors';
import type { ApplicationCursor, ApplicationFilter, ApplicationStore } from '../../src/repositories/application.store';

/** The store port in memory, with the same uniqueness rules as the database, for unit tests. */
export class InMemoryApplicationStore extends InMemoryAggregateStore<Application> implements ApplicationStore {
  protected conflictOf(application: Application, others: Application[], inserting: boolean): Error | undefined {
    if (inserting && others.some((other) => other.id === application.id)) return new ApplicationIdTaken();
    const key = activeKeyOf(application);
    const clash = others.find((other) => activeKeyOf(other) === key);
    return clash ? new DuplicateActiveApplication(clash.id) : undefined;
  }

  async findActive(ownerId: string, programmeId: string, siren: string): Promise<Application | null> {
    const key = `${ownerId}|${programmeId}|${siren}`;
    return this.all().find((application) => activeKeyOf(application) === key) ?? null;
  }

  async list(filter: ApplicationFilter, after: ApplicationCursor | undefined, limit: number): Promise<Application[]> {
    return this.all()
      .filter(
        (a) =>
          (!filter.ownerId || a.ownerId === filter.ownerId) &&
          (!filter.programmeId || a.programmeId === filter.programmeId),
      )
      .filter((a) => !filter.status || a.status === filter.status)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))
      .filter(
        (a) =>
          !after ||
          a.createdAt < after.createdAt ||
          (a.createdAt.getTime() === after.createdAt.getTime() && a.id < after.id),
      )
      .slice(0, limit);
  }

  /** Applications whose events the relay has not published yet (set by tests). */
  readonly unpublished = new Set<string>();

  async concerning(accountId: string): Promise<Application[]> {
    return this.all().filter(
      (a) =>
        a.ownerId === accountId || a.consents?.by === accountId || a.history.some((change) => change.by === accountId),
    );
  }

  async keptBy(erasureId: string): Promise<KeptApplication[]> {
    return this.all().filter((a): a is KeptApplication => a.retention?.erasureId === erasureId);
  }

  async retainedUntilBefore(now: Date, limit: number): Promise<KeptApplication[]> {
    return this.all()
      .filter((a): a is KeptApplication => a.retention !== undefined && a.retention.until < now)
      .slice(0, limit);
  }

  async withUnpublishedEvents(ids: readonly string[]): Promise<string[]> {
    return ids.filter((id) => this.unpublished.has(id));
  }

  async deleteIfPublished(id: string): Promise<boolean> {
    return !this.unpublished.has(id) && this.items.delete(id);
  }
}
