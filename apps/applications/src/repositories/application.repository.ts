import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type AggregateDocument, type AggregateFilter, AggregateRepository, OutboxRelay } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import { activeKeyOf, type Application } from '../domain/application';
import type { KeptApplication } from '../domain/erasure';
import { ApplicationIdTaken, DuplicateActiveApplication } from '../errors';
import { APPLICATION_MODEL } from '../schemas/application.schema';
import type { ApplicationCursor, ApplicationFilter, ApplicationStore } from './application.store';

/** The only code that touches the applications collection. */
@Injectable()
export class ApplicationRepository extends AggregateRepository<Application> implements ApplicationStore {
  protected override readonly storedOnlyFields = ['activeKey'];

  constructor(@InjectModel(APPLICATION_MODEL) model: Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  protected override derivedFields(application: Application): Record<string, unknown> {
    return { activeKey: activeKeyOf(application) };
  }

  // FerretDB does not name the index in its duplicate-key error. An insert that meets a stored
  // document of its id clashed on the id; anything else (an update moves past the stored version)
  // can only be the active key.
  protected async conflictOf(application: Application): Promise<Error> {
    const sameId = await this.findById(application.id);
    if (sameId && sameId.version >= application.version) return new ApplicationIdTaken();
    const { ownerId, programmeId, organisation } = application;
    return new DuplicateActiveApplication((await this.findActive(ownerId, programmeId, organisation.siren))?.id);
  }

  findActive(ownerId: string, programmeId: string, siren: string): Promise<Application | null> {
    return this.findOne({ activeKey: { $eq: `${ownerId}|${programmeId}|${siren}` } });
  }

  list(filter: ApplicationFilter, after: ApplicationCursor | undefined, limit: number): Promise<Application[]> {
    const conditions: AggregateFilter[] = [];
    if (filter.ownerId) conditions.push({ ownerId: { $eq: filter.ownerId } });
    if (filter.programmeId) conditions.push({ programmeId: { $eq: filter.programmeId } });
    if (filter.status) conditions.push({ status: { $eq: filter.status } });
    if (after) {
      conditions.push({
        $or: [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, _id: { $lt: after.id } }],
      });
    }
    return this.findMany(conditions.length > 0 ? { $and: conditions } : {}, { createdAt: -1, _id: -1 }, limit);
  }

  // The history and consents are read without an index: erasures and exports are rare, and an
  // index on every history entry would cost each write.
  concerning(accountId: string): Promise<Application[]> {
    return this.findMany(
      {
        $or: [
          { ownerId: { $eq: accountId } },
          { 'history.by': { $eq: accountId } },
          { 'consents.by': { $eq: accountId } },
        ],
      },
      { _id: 1 },
      0,
    );
  }

  keptBy(erasureId: string): Promise<KeptApplication[]> {
    return this.findMany({ 'retention.erasureId': { $eq: erasureId } }, { _id: 1 }, 0) as Promise<KeptApplication[]>;
  }

  retainedUntilBefore(now: Date, limit: number): Promise<KeptApplication[]> {
    const found = this.findMany({ 'retention.until': { $lt: now } }, { 'retention.until': 1 }, limit);
    return found as Promise<KeptApplication[]>;
  }

  async withUnpublishedEvents(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const documents = await this.model.find({ _id: { $in: ids }, hasOutbox: { $eq: true } }, { _id: 1 }).lean();
    return documents.map((document) => document._id);
  }

  async deleteIfPublished(id: string): Promise<boolean> {
    // Inside the aggregate's lock, as every writer and the relay's clearing: none of them races it.
    const result = await this.relay.mutex.run(id, () =>
      this.model.deleteOne({ _id: { $eq: id }, hasOutbox: { $ne: true } }),
    );
    return result.deletedCount === 1;
  }
}
