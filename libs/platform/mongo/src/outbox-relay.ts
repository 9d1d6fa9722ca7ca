import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { TopicDefinition } from '@pollen/contracts';
import { gauge } from '@pollen/platform/health';
import { EventPublisher } from '@pollen/platform/kafka';
import type { Model } from 'mongoose';
import { KeyedMutex } from './keyed-mutex';
import type { WithOutbox } from './outbox';

const backlog = gauge('pollen_outbox_backlog_documents', 'Documents whose outbox still holds unpublished events', [
  'collection',
] as const);

interface Registration {
  model: Model<WithOutbox & { _id: string; version: number }>;
  topic: TopicDefinition;
}

const PAGE = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publishes what the outboxes hold, in order, keyed by aggregate id, then removes it. It polls, and
 * is woken at once by `kick()` after a write. A crash between publishing and removing publishes an
 * event again: consumers are idempotent on the envelope id. While Kafka is down the events wait in
 * the documents and go out once it is back.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly registrations: Registration[] = [];
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private failing = false;
  private pending = true;
  pollIntervalMs = 500;

  constructor(
    private readonly publisher: EventPublisher,
    readonly mutex: KeyedMutex,
  ) {}

  register<T extends WithOutbox>(model: Model<T>, topic: TopicDefinition): void {
    this.registrations.push({ model: model as unknown as Registration['model'], topic });
  }

  /** Something was written: relay now rather than at the next poll. */
  kick(): void {
    this.pending = true;
    this.wake?.();
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
  }

  /** One pass over every outbox; returns how many events went out. */
  async relayOnce(): Promise<number> {
    let published = 0;
    for (const { model, topic } of this.registrations) {
      const documents = await model.find({ hasOutbox: true }, { outbox: 1, version: 1 }).limit(PAGE).lean();
      if (documents.length > 0) {
        // One send for the page: a document's events share its key, and keep their order.
        const envelopes = documents.flatMap((document) => (document.outbox ?? []).map((entry) => entry.envelope));
        await this.publisher.publish(topic, envelopes);
        await Promise.all(documents.map((document) => this.clear(model, document._id, document.version)));
        published += envelopes.length;
      }
      const left = documents.length < PAGE ? 0 : await model.countDocuments({ hasOutbox: true });
      backlog.set({ collection: model.collection.name }, left);
    }
    return published;
  }

  /**
   * Empties an outbox whose events went out, by compare-and-set on the aggregate version rather
   * than $pull (FerretDB cannot $pull by a sub-document's field). If a writer added events since
   * the read, nothing is removed and the next pass publishes again; consumers deduplicate. The
   * lock keeps this write and the aggregate's own writers apart (FerretDB is read-modify-write).
   */
  private clear(model: Registration['model'], id: string, version: number): Promise<unknown> {
    return this.mutex.run(id, () =>
      model.updateOne(
        { _id: id, version },
        { $set: { outbox: [], hasOutbox: false } },
        { timestamps: false }, // publishing is not a change of the aggregate
      ),
    );
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pending = false;
      try {
        await this.relayOnce();
        if (this.failing) this.logger.log('outbox relay publishing again');
        this.failing = false;
      } catch (error) {
        if (!this.failing)
          this.logger.warn({ err: (error as Error).message }, 'outbox relay cannot publish; will retry');
        this.failing = true;
      }
      // Writes that came during the pass are relayed at once; otherwise wait for a kick or the poll.
      if (this.pending && !this.failing) continue;
      await Promise.race([
        sleep(this.failing ? 1000 : this.pollIntervalMs),
        new Promise<void>((resolve) => (this.wake = resolve)),
      ]);
    }
  }
}
