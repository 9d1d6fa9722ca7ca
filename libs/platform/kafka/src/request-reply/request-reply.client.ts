import { createHash, type KeyObject, randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  type Actor,
  DomainException,
  ErrorCode,
  Headers,
  type Locale,
  type ReplyEnvelope,
  type RequestDataOf,
  type RequestResultOf,
  type RequestType,
  Topics,
} from '@pollen/contracts';
import { ReadinessRegistry } from '@pollen/platform/health';
import type { Consumer, EachMessagePayload } from 'kafkajs';

import { requestRecord } from '../envelopes';
import { kafkaMetrics } from '../kafka.metrics';
import { KafkaConnection } from '../kafka-connection';
import { consumerConfig, KAFKA_OPTIONS, type KafkaModuleOptions } from '../kafka-options';

export interface RequestCall<T extends RequestType> {
  /** The aggregate the request is about: the message key, so one aggregate has one writer. */
  subject: string;
  data: RequestDataOf<T>;
  actor: Actor;
  locale: Locale;
  timeoutMs?: number;
  /**
   * When the caller's own clock started (the HTTP request's arrival): the wait for the reply is
   * what is left of the timeout since then, so the caller's answer comes within the timeout.
   */
  startedAt?: number;
  /** The envelope's id; one derived from an Idempotency-Key makes a retry the same request. Random by default. */
  id?: string;
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** How long a request may take, and how many may wait for their replies at once on one instance. */
export interface RequestReplyLimits {
  timeoutMs: number;
  maxPending: number;
}

/** What the gateway's client needs: its limits, and the key that signs each request's actor (ADR 0018). */
export interface RequestReplySetup extends RequestReplyLimits {
  actorSigningKey: KeyObject;
}

export const REQUEST_REPLY_LIMITS = Symbol('REQUEST_REPLY_LIMITS');

/** The least a request waits for its reply, however much of its time the caller spent before. */
const MIN_WAIT_MS = 100;

/**
 * The gateway side of the one request–reply mechanism (docs/adr/0002-request-reply.md).
 * Each gateway instance reads replies in a consumer group of its own, so no rebalance of another
 * instance ever moves its replies; it reads its own partition of the reply topic (chosen from its
 * instance id) and keeps only the replies addressed to it.
 */
@Injectable()
export class RequestReplyClient implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RequestReplyClient.name);
  private readonly pending = new Map<string, Pending>();
  private readonly replyTopic = Topics.gatewayReplies;
  readonly replyPartition: number;
  private consumer?: Consumer;
  /**
   * The offset of the next reply to read on our partition: the end of the partition when the client
   * starts, then one past the last reply read. Every join seeks there, so the position never
   * depends on the group (which commits nothing), and a reply written while the consumer was
   * rejoining or restarting is still read.
   */
  private nextOffset?: string;
  /** A consumer is running or about to rejoin: a reply to a request sent now will be read. */
  private listening = false;
  /** The consumer has joined since it last crashed or started (reported by readiness). */
  private joined = false;
  private stopped = false;

  constructor(
    private readonly connection: KafkaConnection,
    @Inject(KAFKA_OPTIONS) private readonly options: KafkaModuleOptions,
    @Inject(REQUEST_REPLY_LIMITS) private readonly limits: RequestReplySetup,
    private readonly readiness: ReadinessRegistry,
  ) {
    const digest = createHash('sha256').update(options.instanceId).digest();
    this.replyPartition = digest.readUInt32BE(0) % this.replyTopic.partitions;
  }

  async onModuleInit(): Promise<void> {
    await this.connection.ready();
    await this.startConsumer();
    this.readiness.register('request-reply', async () => this.joined);
  }

  private async startConsumer(): Promise<void> {
    this.nextOffset ??= await this.partitionEnd();
    // A group of its own for each consumer this instance starts: after a broker restart, a new
    // consumer in the group of the one that crashed would wait out the stale member's session.
    const group = `${this.options.service}-replies-${this.options.instanceId}-${randomUUID().slice(0, 8)}`;
    const consumer = this.connection.kafka.consumer(consumerConfig(this.options, group));
    this.consumer = consumer;
    const others = Array.from({ length: this.replyTopic.partitions }, (_, p) => p).filter(
      (p) => p !== this.replyPartition,
    );
    // Only the current consumer speaks for the client: a crashed one, disconnecting, emits STOP
    // later, after its replacement may already be running.
    const current = () => this.consumer === consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (!current()) return;
      consumer.pause([{ topic: this.replyTopic.name, partitions: others }]);
      const offset = this.nextOffset ?? '0';
      consumer.seek({ topic: this.replyTopic.name, partition: this.replyPartition, offset });
      this.joined = true;
      this.listening = !this.stopped;
    });
    consumer.on(consumer.events.REBALANCING, () => {
      if (current()) this.joined = false;
    });
    // kafkajs stops a consumer (STOP) before each restart too, so STOP says nothing of whether
    // replies will be read: only a crash it will not restart from, or our shutdown, does.
    consumer.on(consumer.events.STOP, () => {
      if (current()) this.joined = false;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!current()) return;
      this.joined = false;
      // kafkajs starts it again itself after a retriable error; replies wait for it in the topic.
      if (payload.restart) return;
      // It does not after some errors of a broker restart ("Failed to find group coordinator").
      this.listening = false;
      this.logger.warn({ err: payload.error.message }, 'reply consumer stopped for good; starting a new one');
      void consumer.disconnect().catch(() => undefined);
      this.restartSoon(consumer);
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.replyTopic.name, fromBeginning: false });
    await consumer.run({ autoCommit: false, eachMessage: (payload) => this.onReply(payload) });
    this.listening = true;
  }

  /** Starts a new consumer in place of `crashed`, retrying until the broker lets it. */
  private restartSoon(crashed: Consumer, delayMs = 1000): void {
    setTimeout(() => {
      if (this.stopped || this.consumer !== crashed) return;
      this.startConsumer().catch((error: Error) => {
        this.logger.warn({ err: error.message }, 'reply consumer not started yet; trying again');
        const failed = this.consumer;
        if (failed) void failed.disconnect().catch(() => undefined);
        if (failed) this.restartSoon(failed, Math.min(delayMs * 2, 10_000));
      });
    }, delayMs);
  }

  /**
   * The offset the next reply written to our partition will have. Right after the topic is
   * created its leader may not be settled ("not the leader for that topic-partition"), which
   * kafkajs' admin does not retry: ask again, with fresh metadata, for a few seconds.
   */
  private async partitionEnd(attempts = 20): Promise<string> {
    for (let attempt = 1; ; attempt += 1) {
      const admin = this.connection.kafka.admin();
      try {
        await admin.connect();
        const offsets = await admin.fetchTopicOffsets(this.replyTopic.name);
        return offsets.find((o) => o.partition === this.replyPartition)?.high ?? '0';
      } catch (error) {
        if (attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    await this.consumer?.disconnect();
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(unavailable('the gateway is shutting down'));
      this.pending.delete(id);
    }
  }

  /** Asks the service that owns `type`: the catalogue fixes the topic, the data and the result. */
  async request<T extends RequestType>(type: T, options: RequestCall<T>): Promise<RequestResultOf<T>> {
    if (!this.listening) throw unavailable('the gateway is not ready to carry requests yet');
    if (this.pending.size >= this.limits.maxPending) {
      kafkaMetrics.requestSeconds.observe({ type, outcome: 'overloaded' }, 0);
      throw unavailable(`${this.pending.size} requests are already waiting for their replies`);
    }
    const spentMs = options.startedAt === undefined ? 0 : Math.max(0, Date.now() - options.startedAt);
    const timeoutMs = Math.max(MIN_WAIT_MS, (options.timeoutMs ?? this.limits.timeoutMs) - spentMs);
    const { envelope, record } = requestRecord(type, {
      id: options.id,
      source: this.options.service,
      subject: options.subject,
      actor: options.actor,
      locale: options.locale,
      deadline: new Date(Date.now() + timeoutMs),
      replyTo: { topic: this.replyTopic.name, partition: this.replyPartition, instance: this.options.instanceId },
      data: options.data,
      signingKey: this.limits.actorSigningKey,
    });
    const id = envelope.id;
    const stopTimer = kafkaMetrics.requestSeconds.startTimer({ type });
    const answer = new Promise<RequestResultOf<T>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(unavailable(`no answer to ${type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, timer });
    });
    // Nobody awaits `answer` until the send returns: a timeout meanwhile must not be an unhandled rejection.
    answer.catch(() => undefined);
    const sent = this.connection.producer.send(record);
    sent.catch(() => undefined);
    try {
      // The send races the deadline: with the broker unreachable, kafkajs would retry for longer.
      await Promise.race([sent, answer]);
    } catch (error) {
      const pending = this.pending.get(id);
      if (pending) clearTimeout(pending.timer);
      this.pending.delete(id);
      const timedOut = error instanceof DomainException;
      stopTimer({ outcome: timedOut ? 'timeout' : 'unsent' });
      this.logger.warn({ type, err: (error as Error).message }, 'request not sent');
      throw timedOut ? error : unavailable('the request could not be sent');
    }
    try {
      const result = await answer;
      stopTimer({ outcome: 'ok' });
      return result;
    } catch (error) {
      stopTimer({
        outcome: error instanceof DomainException && error.code === ErrorCode.Unavailable ? 'timeout' : 'error',
      });
      throw error;
    }
  }

  private async onReply({ partition, message }: EachMessagePayload): Promise<void> {
    if (partition === this.replyPartition) this.nextOffset = (BigInt(message.offset) + 1n).toString();
    if (message.headers?.[Headers.replyInstance]?.toString() !== this.options.instanceId) return;
    let reply: ReplyEnvelope;
    try {
      reply = JSON.parse(String(message.value)) as ReplyEnvelope;
    } catch {
      this.logger.warn('unreadable reply ignored');
      return;
    }
    const pending = this.pending.get(reply.requestId);
    if (!pending) return; // answered after its deadline: the caller already got 503
    clearTimeout(pending.timer);
    this.pending.delete(reply.requestId);
    if (reply.ok) pending.resolve(reply.result);
    else
      pending.reject(
        new DomainException(reply.error.reason ?? reply.error.code, reply.error.message, {
          errors: reply.error.errors,
          details: reply.error.details,
        }),
      );
  }
}

function unavailable(message: string): DomainException {
  return new DomainException(ErrorCode.Unavailable, message, { details: { retryAfterSeconds: 2 } });
}
