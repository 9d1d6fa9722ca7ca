import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { EventEnvelope } from '@pollen/contracts';
import { outboxPush, OutboxRelay, type WithOutbox, isDuplicateKeyError } from '@pollen/platform/mongo';
import type { FilterQuery, Model } from 'mongoose';
import { activeKeyOf, type Application } from '../domain/application';
import { APPLICATION_MODEL } from '../schemas/application.schema';
import {
  ActiveApplicationExists,
  type ApplicationCursor,
  type ApplicationFilter,
  ApplicationStore,
} from './application.store';

interface ApplicationDocument extends Omit<Application, 'id'>, WithOutbox {
  _id: string;
  activeKey: string;
}

/** The only code that touches the applications collection. */
@Injectable()
export class ApplicationRepository extends ApplicationStore implements OnModuleInit {
  constructor(
    @InjectModel(APPLICATION_MODEL) private readonly model: Model<ApplicationDocument>,
    private readonly relay: OutboxRelay,
  ) {
    super();
  }

  onModuleInit(): void {
    this.relay.register(this.model);
  }

  async findById(id: string): Promise<Application | null> {
    const document = await this.model.findById(id, { outbox: 0, hasOutbox: 0 }).lean();
    return document ? toApplication(document) : null;
  }

  async findActive(ownerId: string, programmeId: string, siren: string): Promise<Application | null> {
    const document = await this.model
      .findOne({ activeKey: `${ownerId}|${programmeId}|${siren}` }, { outbox: 0 })
      .lean();
    return document ? toApplication(document) : null;
  }

  async insert(application: Application, events: EventEnvelope[]): Promise<void> {
    const { id, ...fields } = application;
    const { $push, $set } = outboxPush(events);
    try {
      await this.relay.mutex.run(id, () =>
        this.model.create({
          _id: id,
          ...fields,
          activeKey: activeKeyOf(application),
          outbox: $push.outbox.$each,
          ...$set,
        }),
      );
    } catch (error) {
      // FerretDB does not name the index in its duplicate-key error: if the id is free, the
      // duplicate can only be the active key.
      if (isDuplicateKeyError(error) && !(await this.model.exists({ _id: id }))) throw new ActiveApplicationExists();
      throw error;
    }
    this.relay.kick();
  }
  async update(application: Application, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    const { id, createdAt: _createdAt, submittedAt, screening, ...fields } = application;
    const { $push, $set } = outboxPush(events);
    const optional = { ...(submittedAt ? { submittedAt } : {}), ...(screening ? { screening } : {}) };
    const result = await this.relay.mutex
      .run(id, () =>
        this.model.updateOne(
          { _id: id, version: expectedVersion },
          { $set: { ...fields, ...optional, activeKey: activeKeyOf(application), ...$set }, $push },
        ),
      )
      .catch((error: unknown) => {
        if (isDuplicateKeyError(error)) throw new ActiveApplicationExists();
        throw error;
      });
    this.relay.kick();
    return result.modifiedCount === 1;
  }

  async list(filter: ApplicationFilter, after: ApplicationCursor | undefined, limit: number): Promise<Application[]> {
    const conditions: FilterQuery<ApplicationDocument>[] = [];
    if (filter.ownerId) conditions.push({ ownerId: { $eq: filter.ownerId } });
    if (filter.programmeId) conditions.push({ programmeId: { $eq: filter.programmeId } });
    if (filter.status) conditions.push({ status: { $eq: filter.status } });
    if (after) {
      conditions.push({
        $or: [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, _id: { $lt: after.id } }],
      });
    }
    const documents = await this.model
      .find(conditions.length > 0 ? { $and: conditions } : {}, { outbox: 0, hasOutbox: 0 })
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .lean();
    return documents.map(toApplication);
  }
}

function toApplication(document: ApplicationDocument & { outbox?: unknown; hasOutbox?: unknown }): Application {
  const { _id, activeKey: _activeKey, outbox: _outbox, hasOutbox: _hasOutbox, ...fields } = document;
  return { id: _id, ...fields };
}
