import type { OnModuleInit } from '@nestjs/common';
import type { EventEnvelope } from '@pollen/contracts';
import type { FilterQuery, Model, SortOrder } from 'mongoose';

import { isDuplicateKeyError, outboxPush, type WithOutbox } from '../outbox';
import { OutboxRelay } from '../outbox-relay';
import type { Aggregate } from './aggregate';

/**
 * How an aggregate is stored: its own fields, `_id` for `id`, the outbox, and derived fields. The
 * repository maps it to the aggregate in one place, so its model is loosely typed.
 */
export type AggregateDocument = WithOutbox & { _id: string; version: number } & Record<string, unknown>;

export type AggregateFilter = FilterQuery<AggregateDocument>;

const OUTBOX_FIELDS = { outbox: 0, hasOutbox: 0, outboxFailures: 0, outboxSetAside: 0 } as const;

/**
 * The one way to store an aggregate with its events: insert, update only if the version is
 * unchanged, the events pushed into the document's outbox in the same write, one writer per
 * aggregate at a time (FerretDB applies updates as read-modify-write), the relay kicked after each
 * write, outbox fields never returned to readers, and a unique index's refusal turned into the
 * domain's reason-coded conflict. A repository adds its queries and, if it must, derived fields.
 */
export abstract class AggregateRepository<TAggregate extends Aggregate> implements OnModuleInit {
  /** Stored fields that are not part of the aggregate (index keys, timestamps mongoose keeps): never read back. */
  protected readonly storedOnlyFields: readonly string[] = [];

  protected constructor(
    protected readonly model: Model<AggregateDocument>,
    protected readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.relay.register(this.model);
  }

  /** The conflict a unique index refused this aggregate for, as the domain names it. */
  protected abstract conflictOf(aggregate: TAggregate): Promise<Error>;

  /** Fields stored beside the aggregate's own, recomputed at every write. */
  protected derivedFields(_aggregate: TAggregate): Record<string, unknown> {
    return {};
  }

  async findById(id: string): Promise<TAggregate | null> {
    return this.findOne({ _id: { $eq: id } });
  }

  async insert(aggregate: TAggregate, events: EventEnvelope[]): Promise<void> {
    const { id, ...fields } = aggregate;
    const { $push, $set } = outboxPush(events);
    const document = { _id: id, ...fields, ...this.derivedFields(aggregate), outbox: $push.outbox.$each, ...$set };
    await this.relay.mutex.run(id, () => this.model.create(document)).catch((error) => this.rethrow(aggregate, error));
    this.relay.kick();
  }

  /** Replaces the aggregate, with its events, if it is still at `expectedVersion`; false otherwise. */
  async update(aggregate: TAggregate, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    const { id, ...fields } = aggregate;
    const { $push, $set: outboxFlag } = outboxPush(events);
    const all: Record<string, unknown> = { ...fields, ...this.derivedFields(aggregate) };
    // An optional field the change removed is unset, not stored as null.
    const $set = Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
    const $unset = Object.fromEntries(
      Object.keys(all)
        .filter((key) => all[key] === undefined)
        .map((key) => [key, 1]),
    );
    const result = await this.relay.mutex
      .run(id, () =>
        this.model.updateOne(
          { _id: { $eq: id }, version: { $eq: expectedVersion } },
          { $set: { ...$set, ...outboxFlag }, ...(Object.keys($unset).length > 0 ? { $unset } : {}), $push },
        ),
      )
      .catch((error) => this.rethrow(aggregate, error));
    this.relay.kick();
    return result.modifiedCount === 1;
  }

  protected async findOne(filter: AggregateFilter): Promise<TAggregate | null> {
    const document = await this.model.findOne(filter, OUTBOX_FIELDS).lean();
    return document ? this.toAggregate(document as AggregateDocument) : null;
  }

  protected async findMany(
    filter: AggregateFilter,
    sort: Record<string, SortOrder>,
    limit: number,
  ): Promise<TAggregate[]> {
    const documents = await this.model.find(filter, OUTBOX_FIELDS).sort(sort).limit(limit).lean();
    return documents.map((document) => this.toAggregate(document as AggregateDocument));
  }

  private toAggregate(document: AggregateDocument): TAggregate {
    const {
      _id,
      outbox: _outbox,
      hasOutbox: _hasOutbox,
      outboxFailures: _failures,
      outboxSetAside: _setAside,
      ...fields
    } = document;
    for (const name of this.storedOnlyFields) delete (fields as Record<string, unknown>)[name];
    return { id: _id, ...fields } as unknown as TAggregate;
  }

  private async rethrow(aggregate: TAggregate, error: unknown): Promise<never> {
    throw isDuplicateKeyError(error) ? await this.conflictOf(aggregate) : error;
  }
}
