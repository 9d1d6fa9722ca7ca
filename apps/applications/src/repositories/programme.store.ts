import type { EventEnvelope, ImpactArea, Instrument, Region } from '@pollen/contracts';

import type { Programme } from '../domain/programme';

export interface ProgrammeFilter {
  /** Only programmes accepting submissions at this instant. */
  openAt?: Date;
  kind?: Instrument;
  region?: Region;
  impactArea?: ImpactArea;
}

/** Position after the last item of a page: ordered by closing date, then id. */
export interface ProgrammeCursor {
  closesAt: Date;
  id: string;
}

/** The port programme use cases write through; ProgrammeRepository is the MongoDB adapter. */
export abstract class ProgrammeStore {
  abstract findById(id: string): Promise<Programme | null>;
  abstract insert(programme: Programme, events: EventEnvelope[]): Promise<void>;
  /** Replaces the programme if it is still at `expectedVersion`; false otherwise. */
  abstract update(programme: Programme, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
  /** Programmes with a hold still waiting for its decision since before `cutoff` (the budget sweep). */
  abstract withHoldsHeldBefore(cutoff: Date): Promise<Programme[]>;
  abstract list(filter: ProgrammeFilter, after: ProgrammeCursor | undefined, limit: number): Promise<Programme[]>;
  /** The programmes the account created (an operator's). */
  abstract createdBy(accountId: string): Promise<Programme[]>;
}
