import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { InvestorStatus } from '@pollen/contracts';
import { type AggregateDocument, type AggregateFilter, AggregateRepository, OutboxRelay } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { Investor } from '../domain/investor';
import { InvestorChangedConcurrently } from '../errors';
import { INVESTOR_MODEL } from '../schemas/investor.schema';
import type { InvestorCursor, InvestorStore } from './investor.store';

/** Events not published yet: waiting, or set aside after repeated refusals (an operator must see to them). */
const UNPUBLISHED = [{ hasOutbox: { $eq: true } }, { outboxSetAside: { $exists: true } }];

/** The only code that touches the investors collection; the base does the writes (ADR 0004). */
@Injectable()
export class InvestorRepository extends AggregateRepository<Investor> implements InvestorStore {
  constructor(@InjectModel(INVESTOR_MODEL) model: Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  // The id is the only unique key: the account event and the first profile patch raced to create it.
  protected async conflictOf(): Promise<Error> {
    return new InvestorChangedConcurrently();
  }

  findByIds(ids: readonly string[]): Promise<Investor[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.findMany({ _id: { $in: ids } }, { _id: 1 }, 0);
  }

  async hasUnpublishedEvents(id: string): Promise<boolean> {
    return (await this.model.countDocuments({ _id: { $eq: id }, $or: UNPUBLISHED })) > 0;
  }

  withUnstatedOrganisation(afterId: string, limit: number): Promise<Investor[]> {
    return this.findMany(
      { profile: { $exists: true }, organisationStated: { $ne: true }, _id: { $gt: afterId } },
      { _id: 1 },
      limit,
    );
  }

  async deleteIfPublished(id: string): Promise<boolean> {
    // Inside the aggregate's lock, as every writer and the relay's clearing: none of them races it.
    const result = await this.relay.mutex.run(id, () =>
      this.model.deleteOne({ _id: { $eq: id }, hasOutbox: { $ne: true }, outboxSetAside: { $exists: false } }),
    );
    return result.deletedCount === 1;
  }

  list(status: InvestorStatus | undefined, after: InvestorCursor | undefined, limit: number): Promise<Investor[]> {
    const conditions: AggregateFilter[] = [];
    if (status) conditions.push({ status: { $eq: status } });
    if (after) {
      conditions.push({
        $or: [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, _id: { $gt: after.id } }],
      });
    }
    return this.findMany(conditions.length > 0 ? { $and: conditions } : {}, { createdAt: 1, _id: 1 }, limit);
  }
}
