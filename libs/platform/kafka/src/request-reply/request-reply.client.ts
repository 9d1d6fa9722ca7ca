import { createHash, randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  type Actor,
  DomainException,
  ErrorCode,
  Headers,
  type Locale,
  type ReplyEnvelope,
  type RequestDataOf,
  type RequestEnvelope,
  type RequestResultOf,
  Requests,
  type RequestType,
  Topics,
} from '@pollen/contracts';
import { ReadinessRegistry } from '@pollen/platform/health';
import { Correlation } from '@pollen/platform/logging';
import type { Consumer, EachMessagePayload } from 'kafkajs';

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

export const REQUEST_REPLY_LIMITS = Symbol('REQUEST_REPLY_LIMITS');

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
  private listening = false;
  /** The last reply offset read: after a rejoin the consumer resumes right after it. */
  private lastOffset?: bigint;

  constructor(
    private readonly connection: KafkaConnection,
    @Inject(KAFKA_OPTIONS) private readonly options: KafkaModuleOptions,
    @Inject(REQUEST_REPLY_LIMITS) private readonly limits: RequestReplyLimits,
    private readonly readiness: ReadinessRegistry,
  ) {
    const digest = createHash('sha256').update(options.instanceId).digest();
    this.replyPartition = digest.readUInt32BE(0) % this.replyTopic.partitions;
  }

  async onModuleInit(): Promise<void> {
    await this.connection.ready();
    await this.startConsumer();
    this.readiness.register('request-reply', async () => this.listening);
  }

  private async startConsumer(): Promise<void> {
    const consumer = this.connection.kafka.consumer(
      consumerConfig(this.options, `${this.options.service}-replies-${this.options.instanceId}`),
    );
    this.consumer = consumer;
    const others = Array.from({ length: this.replyTopic.partitions }, (_, p) => p).filter(
      (p) => p !== this.replyPartition,
    );
    consumer.on(consumer.events.GROUP_JOIN, () => {
      consumer.pause([{ topic: this.replyTopic.name, partitions: others }]);
      // No offsets are committed (the group is this instance's alone): without this seek a rejoin
      // would start from the end and skip the replies written meanwhile.
      if (this.lastOffset !== undefined) {
        const offset = (this.lastOffset + 1n).toString();
        consumer.seek({ topic: this.replyTopic.name, partition: this.replyPartition, offset });
      }
    });
    // Ready once a fetch has completed after joining: from then on the consumer's position is
    // fixed, so a reply to any request sent now will be read.
    consumer.on(consumer.events.FETCH, () => (this.listening = true));
    for (const event of [consumer.events.REBALANCING, consumer.events.CRASH, consumer.events.STOP]) {
      consumer.on(event, () => (this.listening = false));
    }
    // kafkajs does not restart a consumer after some errors of a broker restart ("Failed to find
    // group coordinator"): start a new one, which resumes after the last reply read.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart) return;
      this.logger.warn({ err: payload.error.message }, 'reply consumer stopped for good; starting a new one');
      setTimeout(() => {
        void consumer
          .disconnect()
          .catch(() => undefined)
          .then(() => (this.consumer === consumer ? this.startConsumer() : undefined))
          .catch((error: Error) => this.logger.error({ err: error.message }, 'reply consumer not restarted'));
      }, 1000);
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.replyTopic.name, fromBeginning: false });
    await consumer.run({ autoCommit: false, eachMessage: (payload) => this.onReply(payload) });
  }

  async onApplicationShutdown(): Promise<void> {
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
    const timeoutMs = options.timeoutMs ?? this.limits.timeoutMs;
    const id = randomUUID();
    const envelope: RequestEnvelope<T, RequestDataOf<T>> = {
      id,
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'gateway',
      subject: options.subject,
      correlationId: Correlation.id(),
      actor: options.actor,
      locale: options.locale,
      deadline: new Date(Date.now() + timeoutMs).toISOString(),
      replyTo: { topic: this.replyTopic.name, partition: this.replyPartition, instance: this.options.instanceId },
      data: options.data,
    };
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
    const sent = this.connection.producer.send({
      topic: Requests[type].topic.name,
      acks: -1,
      messages: [
        {
          key: options.subject,
          value: JSON.stringify(envelope),
          headers: { [Headers.correlationId]: envelope.correlationId, [Headers.type]: type },
        },
      ],
    });
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
    if (partition === this.replyPartition) this.lastOffset = BigInt(message.offset);
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
