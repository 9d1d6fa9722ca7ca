import { InMemoryAggregateStore } from '@pollen/testing';

import type { Programme } from '../../src/domain/programme';
import { ProgrammeIdTaken } from '../../src/errors';
import type { ProgrammeCursor, ProgrammeFilter, ProgrammeStore } from '../../src/repositories/programme.store';

/** The programme store port in memory, for unit tests. */
export class InMemoryProgrammeStore extends InMemoryAggregateStore<Programme> implements ProgrammeStore {
  protected conflictOf(programme: Programme, others: Programme[], inserting: boolean): Error | undefined {
    return inserting && others.some((other) => other.id === programme.id) ? new ProgrammeIdTaken() : undefined;
  }

  async withHoldsHeldBefore(cutoff: Date): Promise<Programme[]> {
    return this.all().filter((p) => (p.holds ?? []).some((hold) => hold.state === 'held' && hold.heldAt <= cutoff));
  }

  async list(filter: ProgrammeFilter, after: ProgrammeCursor | undefined, limit: number): Promise<Programme[]> {
    const anyOr = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);
    return this.all()
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

  async createdBy(accountId: string): Promise<Programme[]> {
    return this.all().filter((programme) => programme.createdBy === accountId);
  }
}
