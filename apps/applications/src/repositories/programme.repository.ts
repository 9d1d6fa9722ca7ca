import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { EventEnvelope } from '@pollen/contracts';
import { outboxPush, OutboxRelay, type WithOutbox } from '@pollen/platform/mongo';
import type { FilterQuery, Model } from 'mongoose';
import type { Programme } from '../domain/programme';
import { PROGRAMME_MODEL } from '../schemas/programme.schema';
import { type ProgrammeCursor, type ProgrammeFilter, ProgrammeStore } from './programme.store';

interface ProgrammeDocument extends Omit<Programme, 'id'>, WithOutbox {
  _id: string;
}

const PUBLIC_FIELDS = { outbox: 0, hasOutbox: 0 };

/** The only code that touches the programmes collection. */
@Injectable()
export class ProgrammeRepository extends ProgrammeStore implements OnModuleInit {
  constructor(
    @InjectModel(PROGRAMME_MODEL) private readonly model: Model<ProgrammeDocument>,
    private readonly relay: OutboxRelay,
  ) {
    super();
  }

  onModuleInit(): void {
    this.relay.register(this.model);
  }

  async findById(id: string): Promise<Programme | null> {
    return toProgramme(await this.model.findById(id, PUBLIC_FIELDS).lean());
  }

  async insert(programme: Programme, events: EventEnvelope[]): Promise<void> {
    const { id, ...fields } = programme;
    const { $push, $set } = outboxPush(events);
    await this.relay.mutex.run(id, () =>
      this.model.create({ _id: id, ...fields, outbox: $push.outbox.$each, ...$set }),
    );
    this.relay.kick();
  }

  async update(programme: Programme, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    const { id, createdAt: _createdAt, maxShareOfCost, ...fields } = programme;
    const { $push, $set } = outboxPush(events);
    // A merge patch may remove the co-financing cap: then the field goes.
    const share = maxShareOfCost === undefined ? { $unset: { maxShareOfCost: 1 } } : { $set: { maxShareOfCost } };
    const result = await this.relay.mutex.run(id, () =>
      this.model.updateOne(
        { _id: id, version: expectedVersion },
        { ...share, $set: { ...fields, ...$set, ...('$set' in share ? share.$set : {}) }, $push },
      ),
    );
    this.relay.kick();
    return result.modifiedCount === 1;
  }

  async list(filter: ProgrammeFilter, after: ProgrammeCursor | undefined, limit: number): Promise<Programme[]> {
    const conditions: FilterQuery<ProgrammeDocument>[] = [];
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
    const documents = await this.model
      .find(conditions.length > 0 ? { $and: conditions } : {}, PUBLIC_FIELDS)
      .sort({ closesAt: 1, _id: 1 })
      .limit(limit)
      .lean();
    return documents.map((document) => toProgramme(document) as Programme);
  }
}

function toProgramme(document: (Partial<ProgrammeDocument> & { _id: string }) | null): Programme | null {
  if (!document) return null;
  const { _id, outbox: _outbox, hasOutbox: _hasOutbox, ...fields } = document;
  return { id: _id, ...(fields as Omit<Programme, 'id'>) };
}
