import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventEnvelope } from '@pollen/contracts';
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

  /** Relays this collection's outboxes; each event goes to the topic the catalogue gives its type. */
  register<T extends WithOutbox>(model: Model<T>): void {
    this.registrations.push({ model: model as unknown as Registration['model'] });
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

  /**
   * One pass over every outbox; returns how many events went out. A collection that cannot be
   * relayed does not hold up the others; the error is rethrown at the end of the pass.
   */
  async relayOnce(): Promise<number> {
    let published = 0;
    let failure: unknown;
    for (const registration of this.registrations) {
      try {
        published += await this.relayCollection(registration);
      } catch (error) {
        failure ??= error;
      } finally {
        const { model } = registration;
        backlog.set(
          { collection: model.collection.name },
          await model.countDocuments({ hasOutbox: true }).catch(() => 0),
        );
      }
    }
    if (failure) throw failure;
    return published;
  }

  private async relayCollection({ model }: Registration): Promise<number> {
    const documents = await model
      .find({ hasOutbox: true }, { outbox: 1, version: 1 })
      .sort({ _id: 1 })
      .limit(PAGE)
      .lean();
    if (documents.length === 0) return 0;
    const envelopesOf = (document: (typeof documents)[number]) =>
      (document.outbox ?? []).map((entry) => entry.envelope);
    try {
      // One send for the page: a document's events share its key, and keep their order.
      await this.publisher.publish(documents.flatMap(envelopesOf));
      await Promise.all(documents.map((document) => this.clear(model, document._id, envelopesOf(document))));
      return documents.flatMap(envelopesOf).length;
    } catch {
      // Find the document that cannot go out (e.g. too large for the broker): the others still do.
      let published = 0;
      let failure: unknown;
      for (const document of documents) {
        try {
          await this.publisher.publish(envelopesOf(document));
          await this.clear(model, document._id, envelopesOf(document));
          published += envelopesOf(document).length;
        } catch (error) {
          failure ??= error;
          this.logger.error(
            { aggregateId: document._id, err: (error as Error).message },
            'outbox entry cannot be published',
          );
        }
      }
      if (failure) throw failure;
      return published;
    }
  }

  /**
   * Removes the entries that went out, and only those: a command may have added events since the
   * read (a draft submitted right after its creation), and they stay for the next pass. FerretDB
   * cannot $pull by a sub-document's field, so this reads and rewrites the outbox inside the
   * aggregate's lock (this process's writers wait) with a compare-and-set on the version (another
   * replica's writer makes it miss; then the next pass publishes again and consumers deduplicate).
   */
  private clear(model: Registration['model'], id: string, published: EventEnvelope[]): Promise<unknown> {
    const sent = new Set(published.map((envelope) => envelope.id));
    return this.mutex.run(id, async () => {
      const document = await model.findById(id, { outbox: 1, version: 1 }).lean();
      if (!document) return;
      const remaining = (document.outbox ?? []).filter((entry) => !sent.has(entry._id));
      await model.updateOne(
        { _id: id, version: document.version },
        { $set: { outbox: remaining, hasOutbox: remaining.length > 0 } },
        { timestamps: false }, // publishing is not a change of the aggregate
      );
    });
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
