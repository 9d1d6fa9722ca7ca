import { setTimeout as sleep } from 'node:timers/promises';

import { Logger } from '@nestjs/common';
import { DomainException, ErrorCode, type TopicDefinition } from '@pollen/contracts';
import type { Admin, Consumer } from 'kafkajs';

import type { KafkaConnection } from '../kafka-connection';
import { consumerConfig } from '../kafka-options';

export interface ReplicaFollowerOptions {
  /** An events topic keyed by aggregate id. */
  topic: TopicDefinition & { kind: 'events' };
  /** What the follower keeps in step (part of its consumer group's name). */
  purpose: string;
  /** Builds this replica's state from the database. */
  load: () => Promise<void>;
  /** Brings one key's state up to date by reading the database again: any number of times, in any order. */
  refresh: (key: string) => Promise<void>;
}

/**
 * Keeps a state held in one replica's memory (an index, a cache) in step with an events topic: each
 * replica reads every message in a consumer group of its own, where the service's shared group would
 * give each replica only some partitions.
 *
 * Start-up notes the topic's end, then loads the state from the database, then follows from the
 * noted end: a change whose event came before the end was written before the load read it, and a
 * later one is read again by `refresh`, so none is missed. The noted end is committed to a fresh
 * group before it joins, and every message applied after it, so a rejoin (a rebalance, a broker
 * restart) resumes where the follower was instead of at the latest offset. Each start is a new
 * group and loads afresh; `stop()` deletes the group. `caughtUp()` waits until everything
 * published so far is applied, so a reader that needs the state as fresh as the database pays one
 * offsets round trip (ADR 0013).
 */
export class ReplicaFollower {
  private readonly logger: Logger;
  private readonly admin: Admin;
  private consumer?: Consumer;
  private groupId?: string;
  private starts = 0;
  /** Per partition, the offset of the next message to apply. */
  private readonly next = new Map<number, number>();
  private waiters: (() => void)[] = [];
  private stopping = false;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly options: ReplicaFollowerOptions,
  ) {
    this.logger = new Logger(`${connection.options.service}:${options.purpose}`);
    this.admin = connection.kafka.admin();
  }

  /** May be called again after a failed start (and its `stop()`). */
  async start(): Promise<void> {
    this.stopping = false;
    const { kafka, options } = this.connection;
    const topic = this.options.topic.name;
    await this.admin.connect();
    const ends = await this.ends();
    await this.options.load();
    for (const [partition, offset] of ends) this.next.set(partition, offset);
    this.groupId = `${options.service}-${this.options.purpose}-${options.instanceId}-${++this.starts}`;
    await this.admin.setOffsets({
      groupId: this.groupId,
      topic,
      partitions: [...ends].map(([partition, offset]) => ({ partition, offset: String(offset) })),
    });
    const consumer = kafka.consumer(consumerConfig(options, this.groupId));
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: false });
    await consumer.run({
      eachMessage: async ({ partition, message, heartbeat }) => {
        if (message.key) await this.refreshUntilDone(message.key.toString(), heartbeat);
        this.next.set(partition, Number(message.offset) + 1);
        this.wake();
      },
    });
    this.logger.log(`loaded; following ${topic} from ${[...ends.values()].join(',')}`);
  }

  /**
   * Resolves once every message published before the call is applied; Unavailable after
   * `timeoutMs` (shorter than a consumer session, so a caller that waits is not evicted).
   */
  async caughtUp(timeoutMs = 5_000): Promise<void> {
    const ends = await this.ends();
    const deadline = Date.now() + timeoutMs;
    while ([...ends].some(([partition, end]) => (this.next.get(partition) ?? 0) < end)) {
      if (Date.now() > deadline || this.stopping) {
        throw new DomainException(
          ErrorCode.Unavailable,
          `${this.options.purpose} is behind ${this.options.topic.name}`,
        );
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50).unref();
      });
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.consumer?.disconnect().catch(() => undefined);
    // A group of this start only: nobody resumes it, so its offsets are not left behind.
    if (this.groupId) await this.admin.deleteGroups([this.groupId]).catch(() => undefined);
    await this.admin.disconnect().catch(() => undefined);
  }

  private async ends(): Promise<Map<number, number>> {
    const offsets = await this.admin.fetchTopicOffsets(this.options.topic.name);
    return new Map(offsets.map(({ partition, offset }) => [partition, Number(offset)]));
  }

  /** A database outage is waited out here: skipping the message would leave the state stale. */
  private async refreshUntilDone(key: string, heartbeat: () => Promise<void>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.options.refresh(key);
      } catch (error) {
        if (this.stopping) throw error;
        this.logger.warn({ key, attempt, error: (error as Error).message }, 'refresh failed; trying again');
        await sleep(Math.min(2000, 100 * 2 ** attempt));
        await heartbeat().catch(() => undefined);
      }
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
