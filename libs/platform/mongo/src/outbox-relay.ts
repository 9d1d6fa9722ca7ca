import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, Optional } from '@nestjs/common';
import { deadLetterTopicOf, type EventEnvelope, Events, Headers, isEventType } from '@pollen/contracts';
import { gauge } from '@pollen/platform/health';
import { EventPublisher, failureKindOf, KafkaConnection, RelayLeadership } from '@pollen/platform/kafka';
import type { Model } from 'mongoose';

import { KeyedMutex } from './keyed-mutex';
import type { WithOutbox } from './outbox';

const backlog = gauge('pollen_outbox_backlog_documents', 'Documents whose outbox still holds unpublished events', [
  'collection',
] as const);
const oldestAge = gauge(
  'pollen_outbox_oldest_event_age_seconds',
  'Age of the oldest event waiting in an outbox (among the first 100 documents waiting), 0 when none waits',
  ['collection'] as const,
);
const setAside = gauge(
  'pollen_outbox_set_aside_documents',
  'Documents whose events could not be published after repeated attempts, waiting for an operator',
  ['collection'] as const,
);

type OutboxDocument = WithOutbox & { _id: string; version: number; outboxFailures?: number };
/** What a pass reads of a document: enough to publish its events and clear them. */
type RelayedDocument = Pick<OutboxDocument, '_id' | 'version' | 'outboxFailures'> &
  Partial<Pick<OutboxDocument, 'outbox'>>;

interface Registration {
  model: Model<OutboxDocument>;
}

const PAGE = 100;

export interface OutboxRelayLimits {
  /** The most a single send may carry, under the broker's default request size (1 MiB). */
  maxBatchBytes: number;
  /** After this many failed sends of one document's events, it is set aside and reported. */
  maxDocumentFailures: number;
}

export const DEFAULT_RELAY_LIMITS: OutboxRelayLimits = { maxBatchBytes: 512 * 1024, maxDocumentFailures: 10 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const sizeOf = (envelopes: EventEnvelope[]): number =>
  envelopes.reduce((total, envelope) => total + Buffer.byteLength(JSON.stringify(envelope)), 0);

/**
 * Publishes what the outboxes hold, in order, keyed by aggregate id (a tombstone event goes as its
 * key and no value, so compaction erases the key: EventPublisher), then removes it. It polls, and
 * is woken at once by `kick()` after a write. A crash between publishing and removing publishes an
 * event again: consumers are idempotent on the envelope id. While Kafka is down the events wait in
 * the documents and go out once it is back (the relay backs off; it never blames a document for an
 * outage). A document whose own events the broker keeps refusing (too large, say) is set aside
 * after 10 attempts, shown in metrics and reported on its service's outbox dead-letter topic.
 * Of several replicas, only the one elected through Kafka (RelayLeadership) relays; the others
 * wake it after their writes. Without Kafka's election (unit tests), this process relays.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly registrations: Registration[] = [];
  private running = false;
  /** Set from shutdown on: a pass stops between sends instead of running to its end. */
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private failing = false;
  private pending = true;
  /**
   * Writes kick the relay, so polling is only a safety net. Each poll scans the collections (on
   * FerretDB's SQLite backend, a scan per query): polling often made an idle service cost CPU in
   * proportion to every aggregate it ever wrote, and slowed everything under load.
   */
  pollIntervalMs = 5000;
  /** The backlog gauges cost two counts per collection: at most this often. */
  metricsIntervalMs = 15_000;
  private metricsAt = 0;
  private readonly backlogs = new Map<string, number>();
  limits: OutboxRelayLimits = DEFAULT_RELAY_LIMITS;

  constructor(
    private readonly publisher: EventPublisher,
    readonly mutex: KeyedMutex,
    @Optional() private readonly connection?: KafkaConnection,
    @Optional() private readonly leadership?: RelayLeadership,
  ) {}

  /** Relays this collection's outboxes; each event goes to the topic the catalogue gives its type. */
  register<T extends WithOutbox>(model: Model<T>): void {
    this.registrations.push({ model: model as unknown as Registration['model'] });
  }

  /** Something was written: relay now rather than at the next poll, here or on the relaying replica. */
  kick(): void {
    this.pending = true;
    this.wake?.();
    if (!this.leads) this.leadership?.wakeLeader();
  }

  /** Whether this process relays: the elected replica, or the only one when nothing elects. */
  private get leads(): boolean {
    return !this.leadership || this.leadership.isLeader;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.running = true;
    this.loop = this.run();
    // A service without outboxes needs no relay, hence no election.
    const [first] = this.registrations;
    if (first)
      await this.leadership?.start(
        { leadershipChanged: () => this.kick(), woken: () => this.kick() },
        first.model.db.name, // every collection of a service is in its one database
      );
  }

  /** Stops the loop, ending the current pass early. */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.stopping = true;
    this.kick();
    await this.loop;
  }

  /**
   * The last pass of a shutdown, once nothing writes any more (HTTP and consumers stopped): what
   * the last commands wrote goes out now rather than after the restart.
   */
  async drain(): Promise<void> {
    await this.onModuleDestroy();
    if (!this.leads) return; // the relaying replica publishes what this one wrote
    this.stopping = false;
    await this.relayOnce().catch((error: Error) =>
      this.logger.warn({ err: error.message }, 'last outbox pass failed; the events go out after the restart'),
    );
    this.stopping = true;
  }

  /**
   * One pass over every outbox; returns how many events went out. A collection that cannot be
   * relayed does not hold up the others; the error is rethrown at the end of the pass.
   */
  async relayOnce(): Promise<number> {
    let published = 0;
    let failure: unknown;
    for (const registration of this.registrations) {
      if (this.stopping || !this.leads) break;
      try {
        published += await this.relayCollection(registration);
      } catch (error) {
        failure ??= error;
      }
    }
    await this.measureWhenDue();
    if (failure) throw failure;
    return published;
  }

  /** Every replica measures, so the backlog shows wherever one looks (heartbeats, metrics). */
  private async measureWhenDue(): Promise<void> {
    if (Date.now() - this.metricsAt < this.metricsIntervalMs) return;
    this.metricsAt = Date.now();
    for (const { model } of this.registrations) await this.measure(model);
  }

  /** Documents whose events wait, over every collection, as last measured (every 15 s). */
  get backlog(): number {
    return [...this.backlogs.values()].reduce((sum, count) => sum + count, 0);
  }

  /** The backlog gauges of one collection; a database that does not answer leaves them as they were. */
  private async measure(model: Model<OutboxDocument>): Promise<void> {
    const labels = { collection: model.collection.name };
    try {
      const waiting = await model.find({ hasOutbox: true }, { outbox: 1 }).limit(PAGE).lean();
      const waitingDocuments = waiting.length < PAGE ? waiting.length : await model.countDocuments({ hasOutbox: true });
      backlog.set(labels, waitingDocuments);
      this.backlogs.set(labels.collection, waitingDocuments);
      const times = waiting.flatMap((document) =>
        (document.outbox ?? []).map((entry) => Date.parse(entry.envelope.occurredAt)),
      );
      oldestAge.set(labels, times.length > 0 ? Math.max(0, (Date.now() - Math.min(...times)) / 1000) : 0);
      setAside.set(labels, await model.countDocuments({ outboxSetAside: { $exists: true } }));
    } catch {
      // Measured again at the next interval.
    }
  }

  private async relayCollection({ model }: Registration): Promise<number> {
    const documents = await model
      .find({ hasOutbox: true }, { outbox: 1, version: 1, outboxFailures: 1 })
      .sort({ _id: 1 })
      .limit(PAGE)
      .lean();
    const envelopesOf = (document: (typeof documents)[number]) =>
      (document.outbox ?? []).map((entry) => entry.envelope);
    // Each event goes out in the trace of the change that wrote it.
    const traces = new Map(
      documents.flatMap((document) => (document.outbox ?? []).map((entry) => [entry._id, entry.traceparent])),
    );
    const traceOf = (envelope: EventEnvelope) => traces.get(envelope.id);
    let published = 0;
    // Sends split to stay under the broker's request size; a document's events stay together.
    for (const batch of this.batches(documents, envelopesOf)) {
      // Shutting down, or another replica was elected meanwhile: it publishes the rest.
      if (this.stopping || !this.leads) break;
      try {
        await this.publisher.publish(batch.flatMap(envelopesOf), traceOf);
      } catch (error) {
        // The broker is unreachable: back off, blame no document.
        if (failureKindOf(error) === 'infrastructure') throw error;
        published += await this.oneByOne(model, batch, envelopesOf, traceOf);
        continue;
      }
      await Promise.all(batch.map((document) => this.clear(model, document, envelopesOf(document))));
      published += batch.flatMap(envelopesOf).length;
    }
    return published;
  }

  private *batches<D>(documents: D[], envelopesOf: (document: D) => EventEnvelope[]): Generator<D[]> {
    let batch: D[] = [];
    let bytes = 0;
    for (const document of documents) {
      const size = sizeOf(envelopesOf(document));
      if (batch.length > 0 && bytes + size > this.limits.maxBatchBytes) {
        yield batch;
        batch = [];
        bytes = 0;
      }
      batch.push(document);
      bytes += size;
    }
    if (batch.length > 0) yield batch;
  }

  /** The broker refused a record: find which document's, so the others still go out. */
  private async oneByOne<D extends RelayedDocument>(
    model: Registration['model'],
    documents: D[],
    envelopesOf: (document: D) => EventEnvelope[],
    traceOf: (envelope: EventEnvelope) => string | undefined,
  ): Promise<number> {
    let published = 0;
    for (const document of documents) {
      const envelopes = envelopesOf(document);
      try {
        await this.publisher.publish(envelopes, traceOf);
      } catch (error) {
        if (failureKindOf(error) === 'infrastructure') throw error;
        await this.recordFailure(model, document._id, (document.outboxFailures ?? 0) + 1, envelopes, error as Error);
        continue;
      }
      await this.clear(model, document, envelopes);
      published += envelopes.length;
    }
    return published;
  }

  private async recordFailure(
    model: Registration['model'],
    id: string,
    failures: number,
    envelopes: EventEnvelope[],
    error: Error,
  ): Promise<void> {
    this.logger.error({ aggregateId: id, failures, err: error.message }, 'outbox entry cannot be published');
    if (failures < this.limits.maxDocumentFailures) {
      await this.mutex.run(id, () =>
        model.updateOne({ _id: id }, { $set: { outboxFailures: failures } }, { timestamps: false }),
      );
      return;
    }
    await this.report(id, envelopes, failures, error);
    // Set aside: the relay stops trying until a new write (or an operator) puts it back.
    await this.mutex.run(id, () =>
      model.updateOne(
        { _id: id },
        {
          $set: {
            hasOutbox: false,
            outboxFailures: 0,
            outboxSetAside: { at: new Date(), failures, error: error.message.slice(0, 2000) },
          },
        },
        { timestamps: false },
      ),
    );
  }

  /** A dead letter of kind `outbox`, on the owning service's own dead-letter topic for the events' topic. */
  private async report(id: string, envelopes: EventEnvelope[], failures: number, error: Error): Promise<void> {
    const [first] = envelopes;
    if (!this.connection || !first || !isEventType(first.type)) return;
    const source = Events[first.type].topic;
    await this.connection.producer
      .send({
        topic: deadLetterTopicOf(source, source.owner).name,
        messages: [
          {
            key: id,
            value: JSON.stringify({
              aggregateId: id,
              events: envelopes.map(({ id: eventId, type, aggregateVersion }) => ({
                id: eventId,
                type,
                aggregateVersion,
              })),
            }),
            headers: {
              [Headers.type]: 'outbox',
              [Headers.dltReason]: 'outbox',
              [Headers.dltError]: error.message.slice(0, 2000),
              [Headers.dltTopic]: source.name,
              [Headers.dltAttempts]: String(failures),
              [Headers.dltGroup]: source.owner,
              [Headers.dltAt]: new Date().toISOString(),
            },
          },
        ],
      })
      .catch((sendError: Error) =>
        this.logger.warn({ aggregateId: id, err: sendError.message }, 'outbox dead letter not written'),
      );
  }

  /**
   * Removes the entries that went out, and only those: a command may have added events since the
   * read (a draft submitted right after its creation), and they stay for the next pass. FerretDB
   * cannot $pull by a sub-document's field, so this rewrites the outbox inside the aggregate's lock
   * (this process's writers wait) with a compare-and-set on the version (another replica's writer
   * makes it miss; then the next pass publishes again and consumers deduplicate).
   *
   * The first try writes over what the pass read: every write that appends to an outbox moves the
   * version, so an unchanged version means an unchanged outbox, and one write instead of a read and
   * a write clears most documents (a draft costs one database operation less). A miss reads again.
   */
  private clear(model: Registration['model'], read: RelayedDocument, published: EventEnvelope[]): Promise<unknown> {
    const sent = new Set(published.map((envelope) => envelope.id));
    return this.mutex.run(read._id, async () => {
      let document: Pick<RelayedDocument, 'outbox' | 'version'> | null = read;
      // A writer on another replica (not under this process's lock) may change the document between
      // the read and the write: read again and retry, lest the entries stay and go out twice.
      for (let attempt = 0; attempt < 5 && document; attempt++) {
        const remaining = (document.outbox ?? []).filter((entry) => !sent.has(entry._id));
        const { matchedCount } = await model.updateOne(
          { _id: read._id, version: document.version },
          {
            $set: { outbox: remaining, hasOutbox: remaining.length > 0 },
            $unset: { outboxFailures: 1, outboxSetAside: 1 },
          },
          { timestamps: false }, // publishing is not a change of the aggregate
        );
        if (matchedCount > 0) return;
        document = await model.findById(read._id, { outbox: 1, version: 1 }).lean();
      }
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pending = false;
      if (!this.leads) {
        await this.measureWhenDue();
        await Promise.race([sleep(this.pollIntervalMs), new Promise<void>((resolve) => (this.wake = resolve))]);
        continue;
      }
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
