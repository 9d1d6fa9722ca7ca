import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type AggregateDocument, type AggregateFilter, AggregateRepository, OutboxRelay } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { Programme } from '../domain/programme';
import { ProgrammeIdTaken } from '../errors';
import { PROGRAMME_MODEL } from '../schemas/programme.schema';
import type { ProgrammeCursor, ProgrammeFilter, ProgrammeStore } from './programme.store';

/** The only code that touches the programmes collection. */
@Injectable()
export class ProgrammeRepository extends AggregateRepository<Programme> implements ProgrammeStore {
  constructor(@InjectModel(PROGRAMME_MODEL) model: Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  protected async conflictOf(): Promise<Error> {
    return new ProgrammeIdTaken();
  }

  // FerretDB 1.24 has no $elemMatch on fields: the query finds programmes with any hold still held,
  // and the age is checked here (few programmes hold budget at any one time).
  async withHoldsHeldBefore(cutoff: Date): Promise<Programme[]> {
    const found: Programme[] = [];
    // Pages in id order, so no programme is left out however many hold budget.
    for (let after = ''; ; ) {
      const page = await this.findMany({ 'holds.state': { $eq: 'held' }, _id: { $gt: after } }, { _id: 1 }, 500);
      found.push(
        ...page.filter((programme) =>
          (programme.holds ?? []).some((hold) => hold.state === 'held' && hold.heldAt <= cutoff),
        ),
      );
      if (page.length < 500) return found;
      after = page[page.length - 1].id;
    }
  }

  list(filter: ProgrammeFilter, after: ProgrammeCursor | undefined, limit: number): Promise<Programme[]> {
    const conditions: AggregateFilter[] = [];
    if (filter.openAt) conditions.push({ opensAt: { $lte: filter.openAt }, closesAt: { $gt: filter.openAt } });
    if (filter.kind) conditions.push({ kind: { $eq: filter.kind } });
    // An empty rule list means "any": such programmes match every region / impact area.
    if (filter.region)
      conditions.push({
        $or: [
          { 'eligibility.regions': { $size: 0 } },
          { 'eligibility.regions': { $exists: false } },
          { 'eligibility.regions': filter.region },
        ],
      });
    if (filter.impactArea) {
      conditions.push({
        $or: [
          { 'eligibility.impactAreas': { $size: 0 } },
          { 'eligibility.impactAreas': { $exists: false } },
          { 'eligibility.impactAreas': filter.impactArea },
        ],
      });
    }
    if (after) {
      conditions.push({
        $or: [{ closesAt: { $gt: after.closesAt } }, { closesAt: after.closesAt, _id: { $gt: after.id } }],
      });
    }
    return this.findMany(conditions.length > 0 ? { $and: conditions } : {}, { closesAt: 1, _id: 1 }, limit);
  }

  // Without an index: only an operator's erasure or export asks.
  createdBy(accountId: string): Promise<Programme[]> {
    return this.findMany({ createdBy: { $eq: accountId } }, { _id: 1 }, 0);
  }
}
