import type { EventEnvelope } from '@pollen/contracts';
import type { Programme } from '../../src/domain/programme';
import { type ProgrammeCursor, type ProgrammeFilter, ProgrammeStore } from '../../src/repositories/programme.store';

/** The programme store port in memory, for unit tests. */
export class InMemoryProgrammeStore extends ProgrammeStore {
  readonly programmes = new Map<string, Programme>();
  readonly events: EventEnvelope[] = [];

  async findById(id: string): Promise<Programme | null> {
    return structuredClone(this.programmes.get(id)) ?? null;
  }

  async insert(programme: Programme, events: EventEnvelope[]): Promise<void> {
    this.programmes.set(programme.id, structuredClone(programme));
    this.events.push(...events);
  }

  async update(programme: Programme, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    if (this.programmes.get(programme.id)?.version !== expectedVersion) return false;
    await this.insert(programme, events);
    return true;
  }

  async list(filter: ProgrammeFilter, after: ProgrammeCursor | undefined, limit: number): Promise<Programme[]> {
    const anyOr = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);
    return [...this.programmes.values()]
      .filter((p) => !filter.openAt || (p.opensAt <= filter.openAt && filter.openAt < p.closesAt))
      .filter((p) => !filter.kind || p.kind === filter.kind)
      .filter((p) => !filter.region || anyOr(p.eligibility.regions, filter.region))
      .filter((p) => !filter.impactArea || anyOr(p.eligibility.impactAreas, filter.impactArea))
      .sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime() || a.id.localeCompare(b.id))
      .filter(
        (p) =>
          !after ||
          p.closesAt > after.closesAt ||
          (p.closesAt.getTime() === after.closesAt.getTime() && p.id > after.id),
      )
      .slice(0, limit);
  }
}
