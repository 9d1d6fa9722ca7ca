import { InMemoryAggregateStore } from '@pollen/testing';

import { activeKeyOf, type Application } from '../../src/domain/application';
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
}
