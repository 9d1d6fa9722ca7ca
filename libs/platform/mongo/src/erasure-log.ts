import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ErasureCompletedData } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { type Model, Schema } from 'mongoose';

import { withOutbox, type WithOutbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { insertOnce } from './projection';

/**
 * Each service's record that it carried out an erasure, and the confirmation it publishes
 * (`<service>.erasure-completed`) from that record's outbox. Ids, counts and legal bases only: it
 * names no one, so it is kept as the proof that the erasure was done (RGPD art. 5(2)).
 */
export abstract class ErasureLog {
  /**
   * Records the erasure as done and publishes its confirmation, once: false when it was recorded
   * already (a redelivered request), and then nothing is published again.
   */
  abstract completed(data: ErasureCompletedData, causationId: string): Promise<boolean>;
}

export const ERASURE_RECORD_MODEL = 'ErasureRecord';

interface ErasureRecordDocument extends WithOutbox {
  _id: string;
  completedAt: Date;
  version: number;
}

export const erasureRecordSchema = new Schema<ErasureRecordDocument>(
  {
    // The erasure id.
    _id: { type: String, required: true },
    completedAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'erasures', versionKey: false },
);
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

  async completed(data: ErasureCompletedData, causationId: string): Promise<boolean> {
    const envelope = newEvent(`${data.service}.erasure-completed`, {
      subject: data.erasureId,
      aggregateVersion: 1,
      data,
      causationId,
    });
    const inserted = await insertOnce(this.model, data.erasureId, {
      completedAt: new Date(),
      version: 1,
      outbox: [{ _id: envelope.id, envelope }],
      hasOutbox: true,
    });
    if (inserted) this.relay.kick();
    return inserted;
  }
}

/** What a service's module adds to keep its erasure log: the model, and the store to inject. */
export const erasureLogModel = { name: ERASURE_RECORD_MODEL, schema: erasureRecordSchema };
export const erasureLogProvider = { provide: ErasureLog, useClass: ErasureLogRepository };
