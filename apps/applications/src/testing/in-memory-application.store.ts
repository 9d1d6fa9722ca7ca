import type { EventEnvelope } from '@pollen/contracts';
import { activeKeyOf, type Application } from '../domain/application';
import { ActiveApplicationExists, ApplicationStore } from '../repositories/application.store';

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
}
