import type { EventEnvelope } from '@pollen/contracts';
import { activeKeyOf, type Application } from '../../src/domain/application';
import {
  ActiveApplicationExists,
  type ApplicationCursor,
  type ApplicationFilter,
  ApplicationStore,
} from '../../src/repositories/application.store';

/** The store port in memory, with the same uniqueness rule as the database, for unit tests. */
export class InMemoryApplicationStore extends ApplicationStore {
  readonly applications = new Map<string, Application>();
  readonly events: EventEnvelope[] = [];

  async findById(id: string): Promise<Application | null> {
    return this.applications.get(id) ?? null;
  }

  async findActive(ownerId: string, programmeId: string, siren: string): Promise<Application | null> {
    const key = `${ownerId}|${programmeId}|${siren}`;
    return [...this.applications.values()].find((application) => activeKeyOf(application) === key) ?? null;
  }

  async insert(application: Application, events: EventEnvelope[]): Promise<void> {
    if (this.applications.has(application.id)) throw new Error('duplicate id');
    const key = activeKeyOf(application);
    if ([...this.applications.values()].some((other) => activeKeyOf(other) === key))
      throw new ActiveApplicationExists();
    this.applications.set(application.id, structuredClone(application));
    this.events.push(...events);
  }

  async update(application: Application, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    const current = this.applications.get(application.id);
    if (!current || current.version !== expectedVersion) return false;
    const key = activeKeyOf(application);
    const clash = [...this.applications.values()].some(
      (other) => other.id !== application.id && activeKeyOf(other) === key,
    );
    if (clash) throw new ActiveApplicationExists();
    this.applications.set(application.id, structuredClone(application));
    this.events.push(...events);
    return true;
  }

  async list(filter: ApplicationFilter, after: ApplicationCursor | undefined, limit: number): Promise<Application[]> {
    return [...this.applications.values()]
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
