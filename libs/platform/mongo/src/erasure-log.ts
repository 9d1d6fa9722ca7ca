import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ErasureCompletedData } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { type Model, Schema } from 'mongoose';

import { type WithOutbox, withOutbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { insertOnce } from './projection';

/** Whose erasure was carried out, and the event that asked for it (the confirmation's cause). */
export interface ErasureOf {
  accountId: string;
  causationId: string;
}

/**
 * Each service's record that it carried out an erasure, and the confirmation it publishes
 * (`<service>.erasure-completed`) from that record's outbox. Ids, counts and legal bases only: it
 * names no one, so it is kept as the proof that the erasure was done (RGPD art. 5(2)).
 *
 * It is also how a service's projections stay erased: topics are not ordered between them, so an
 * event about an account (an application's snapshot, a match, a contact replayed) may arrive after
 * the account's erasure, and projecting it would bring the account back. Projections that create
 * per-account records ask `erasedAmong` first. The record is written at the end of the erasure, so
 * an event handled while the erasure runs, between its deletes and its record, can still slip
 * through: closing that would take one lock per account shared by the erasure and every projection.
 */
export abstract class ErasureLog {
  /**
   * Records the erasure as done and publishes its confirmation, once: false when it was recorded
   * already (a redelivered request), and then nothing is published again.
   */
  abstract completed(data: ErasureCompletedData, of: ErasureOf): Promise<boolean>;

  /** Which of these accounts this service has erased: one query, whatever their number. */
  abstract erasedAmong(accountIds: readonly string[]): Promise<Set<string>>;
}

export const ERASURE_RECORD_MODEL = 'ErasureRecord';

interface ErasureRecordDocument extends WithOutbox {
  _id: string;
  accountId: string;
  completedAt: Date;
  version: number;
}

export const erasureRecordSchema = new Schema<ErasureRecordDocument>(
  {
    // The erasure id.
    _id: { type: String, required: true },
    // Whom it erased: projections ask `erasedAmong` before bringing an account back.
    accountId: { type: String, required: true },
    completedAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'erasures', versionKey: false },
);
erasureRecordSchema.index({ accountId: 1 });
withOutbox(erasureRecordSchema);

/** The only code that touches a service's erasures collection. */
@Injectable()
export class ErasureLogRepository extends ErasureLog implements OnModuleInit {
  constructor(
    @InjectModel(ERASURE_RECORD_MODEL) private readonly model: Model<ErasureRecordDocument>,
    private readonly relay: OutboxRelay,
  ) {
    super();
  }

  onModuleInit(): void {
    this.relay.register(this.model);
  }

  async completed(data: ErasureCompletedData, { accountId, causationId }: ErasureOf): Promise<boolean> {
    const envelope = newEvent(`${data.service}.erasure-completed`, {
      subject: data.erasureId,
      aggregateVersion: 1,
      data,
      causationId,
    });
    const inserted = await insertOnce(this.model, data.erasureId, {
      accountId,
      completedAt: new Date(),
      version: 1,
      outbox: [{ _id: envelope.id, envelope }],
      hasOutbox: true,
    });
    if (inserted) this.relay.kick();
    return inserted;
  }

  async erasedAmong(accountIds: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(accountIds)];
    if (wanted.length === 0) return new Set();
    const found = await this.model
      .find({ accountId: { $in: wanted } }, { accountId: 1 })
      .lean<{ accountId: string }[]>()
      .exec();
    return new Set(found.map((record) => record.accountId));
  }
}

/** What a service's module adds to keep its erasure log: the model, and the store to inject. */
export const erasureLogModel = { name: ERASURE_RECORD_MODEL, schema: erasureRecordSchema };
export const erasureLogProvider = { provide: ErasureLog, useClass: ErasureLogRepository };
