import { Logger } from '@nestjs/common';
import { type DeadLetterReason, deadLetterTopicOf, Headers, type ServiceName, topicNamed } from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';
import { inSpanOf, SpanKind } from '@pollen/platform/tracing';
import type { Producer } from 'kafkajs';

import { type FailureKind, failureKindOf } from './failure-kind';
import { type InboundMessage, type PoisonMessageError } from './inbound-message';
import { kafkaMetrics } from './kafka.metrics';
import { TombstoneHeaders } from './tombstone';

export interface RetryPolicy {
  /** Attempts before a message that keeps failing is dead-lettered (our bound: kafkajs alone retries forever). */
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
  /** Waits while a dependency is down: capped, since the message waits for as long as it takes. */
  outageBackoffMs: (wait: number) => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  backoffMs: (attempt) => Math.min(200 * 2 ** (attempt - 1), 5000),
  outageBackoffMs: (wait) => Math.min(250 * 2 ** (wait - 1), 30_000),
};

export interface ProcessingHooks {
  /** Keeps the consumer in its group while retries wait (KafkaContext.getHeartbeat()). */
  heartbeat?: () => Promise<void>;
  /** Runs after a message went to the dead-letter topic (a request still owes its caller a reply). */
  onDeadLettered?: (message: InboundMessage, error: Error) => Promise<void>;
  /** Never dead-letter: a failure is retried with the outage backoff until it succeeds (dead letters themselves). */
  neverDeadLetter?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest a waiting handler goes without a heartbeat (well inside the session timeout). */
const HEARTBEAT_EVERY_MS = 2000;

/** Failed attempts remembered across redeliveries (a rebalance interrupts a retry loop). */
const ATTEMPTS_KEPT = 10_000;

const messageType = (message: InboundMessage): string => {
  const value = message.value as { type?: unknown } | null;
  return typeof value?.type === 'string' ? value.type : (message.headers[Headers.type] ?? 'unknown');
};

/** The processor is closing: a message waiting for a dependency gives up its turn (it is not committed). */
export class ProcessorClosingError extends Error {
  constructor() {
    super('the service is shutting down');
  }
}

/**
 * Runs one consumed message through a handler, inside its correlation scope. How a failure is
 * treated depends on its kind (failure-kind.ts): a poison message is dead-lettered at once; while
 * a dependency (the database, the broker) is down the message waits, with capped backoff and
 * heartbeats, however long it takes, and readiness says so; any other failure is retried a
 * bounded number of times, counted across redeliveries, then dead-lettered with the reason in
 * headers so the partition moves on. Only a failure to write the dead letter itself escapes (and
 * kafkajs redelivers).
 */
export class InboundProcessor {
  private readonly logger = new Logger(InboundProcessor.name);
  private readonly attempts = new Map<string, number>();
  /** When each message still in `attempts` first failed. */
  private readonly firstFailures = new Map<string, Date>();
  /** Partitions whose head message waits for a dependency, with what it is waiting for. */
  private readonly outages = new Map<string, string>();
  private closing = false;

  constructor(
    private readonly producer: () => Producer,
    private readonly group: ServiceName,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  ) {}

  /** What the consumers are waiting for, if a dependency they need is down. */
  outage(): string | undefined {
    const [first] = this.outages.entries();
    return first ? `${first[0]} waits: ${first[1]}` : undefined;
  }

  /**
   * From SIGTERM on, a message waiting for a dependency stops waiting (uncommitted, it is read
   * again after the restart), so the consumers can stop. Nest calls this before it closes them.
   */
  beforeApplicationShutdown(): void {
    this.closing = true;
  }

  async process(
    message: InboundMessage,
    handle: (message: InboundMessage) => Promise<void>,
    hooks: ProcessingHooks = {},
  ): Promise<void> {
    const type = messageType(message);
    const value = message.value as { id?: unknown; subject?: unknown; correlationId?: unknown } | null;
    const scope = {
      correlationId:
        message.headers[Headers.correlationId] ??
        (typeof value?.correlationId === 'string' ? value.correlationId : Correlation.id()),
      eventId: typeof value?.id === 'string' ? value.id : message.headers[TombstoneHeaders.id],
      aggregateId: message.key ?? undefined,
    };
    // In the trace of the message's writer: what the handler does and the events it emits join it.
    const traceparent = message.headers[Headers.traceparent];
    const span = { 'messaging.destination.name': message.topic, 'messaging.message.type': type };
    await inSpanOf(traceparent, `process ${type}`, SpanKind.CONSUMER, span, () =>
      this.handleInScope(message, handle, hooks, scope),
    );
  }

  private async handleInScope(
    message: InboundMessage,
    handle: (message: InboundMessage) => Promise<void>,
    hooks: ProcessingHooks,
    scope: Parameters<typeof Correlation.run>[0],
  ): Promise<void> {
    const heartbeat = hooks.heartbeat ?? (async () => undefined);
    const type = messageType(message);
    const where = { topic: message.topic, partition: message.partition, offset: message.offset, type };
    const key = `${message.topic}:${message.partition}:${message.offset}`;
    const partition = `${message.topic}:${message.partition}`;
    await Correlation.run(scope, async () => {
      try {
        for (let waits = 0; ; ) {
          const stopTimer = kafkaMetrics.handlerSeconds.startTimer({ topic: message.topic, type });
          try {
            await handle(message);
            stopTimer();
            kafkaMetrics.consumed.inc({ topic: message.topic, type, outcome: 'processed' });
            this.logger.log({ ...where, attempt: (this.attempts.get(key) ?? 0) + 1 }, 'message handled');
            this.forget(key);
            return;
          } catch (error) {
            stopTimer();
            kafkaMetrics.failed.inc({ topic: message.topic, type });
            const kind = failureKindOf(error);
            if (kind === 'infrastructure' || (hooks.neverDeadLetter && kind !== 'poison')) {
              waits++;
              if (waits === 1)
                this.logger.warn(
                  { ...where, err: (error as Error).message },
                  'a dependency is down; the message waits',
                );
              this.outages.set(partition, (error as Error).message);
              await this.wait(this.policy.outageBackoffMs(waits), heartbeat);
              continue;
            }
            const attempt = this.countAttempt(key);
            if (kind === 'poison' || attempt >= this.policy.maxAttempts) {
              await this.giveUp(message, error as Error, attempt, kind, where, hooks, this.firstFailures.get(key));
              this.forget(key);
              return;
            }
            this.logger.warn({ ...where, attempt, err: (error as Error).message }, 'message handling failed, retrying');
            await this.wait(this.policy.backoffMs(attempt), heartbeat);
          }
        }
      } finally {
        this.outages.delete(partition);
      }
    });
  }

  private forget(key: string): void {
    this.attempts.delete(key);
    this.firstFailures.delete(key);
  }

  private countAttempt(key: string): number {
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    if (!this.firstFailures.has(key)) this.firstFailures.set(key, new Date());
    this.attempts.delete(key);
    this.attempts.set(key, attempt);
    if (this.attempts.size > ATTEMPTS_KEPT) this.forget(this.attempts.keys().next().value as string);
    return attempt;
  }

  /** Sleeps, heartbeating as it goes; a heartbeat refused during a rebalance ends the turn (the count stays). */
  private async wait(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    for (let left = ms; left > 0; left -= HEARTBEAT_EVERY_MS) {
      if (this.closing) throw new ProcessorClosingError();
      await sleep(Math.min(left, HEARTBEAT_EVERY_MS));
      await heartbeat();
    }
  }

  private async giveUp(
    message: InboundMessage,
    error: Error,
    attempts: number,
    kind: FailureKind,
    where: Record<string, unknown>,
    hooks: ProcessingHooks,
    firstFailedAt = new Date(),
  ): Promise<void> {
    const reason: DeadLetterReason = kind === 'poison' ? (error as PoisonMessageError).reason : 'retries-exhausted';
    if (hooks.neverDeadLetter) {
      this.logger.error({ ...where, reason, err: error.message }, 'message dropped: it can never be processed');
      return;
    }
    await this.deadLetter(message, error, attempts, reason, firstFailedAt);
    this.logger.warn({ ...where, reason, attempt: attempts, err: error.message }, 'message dead-lettered');
    await hooks
      .onDeadLettered?.(message, error)
      .catch((hookError: Error) => this.logger.warn({ ...where, err: hookError.message }, 'dead-letter hook failed'));
    kafkaMetrics.consumed.inc({ topic: message.topic, type: String(where['type']), outcome: 'dead-lettered' });
  }

  private async deadLetter(
    message: InboundMessage,
    error: Error,
    attempts: number,
    reason: DeadLetterReason,
    firstFailedAt: Date,
  ): Promise<void> {
    // A topic the catalogue does not know cannot be consumed, but if it were: treat it as personal.
    const source = topicNamed(message.topic) ?? { name: message.topic, personalData: true };
    const topic = deadLetterTopicOf(source, this.group).name;
    // A message without a value (a tombstone that is none of the catalogue's) stays without one.
    const value =
      message.value === null || typeof message.value === 'string' || Buffer.isBuffer(message.value)
        ? message.value
        : JSON.stringify(message.value);
    await this.producer().send({
      topic,
      messages: [
        {
          key: message.key,
          value,
          headers: {
            ...message.headers,
            [Headers.dltReason]: reason,
            [Headers.dltError]: error.message.slice(0, 2000),
            [Headers.dltTopic]: message.topic,
            [Headers.dltPartition]: String(message.partition),
            [Headers.dltOffset]: message.offset,
            [Headers.dltAttempts]: String(attempts),
            [Headers.dltGroup]: this.group,
            [Headers.dltFirstAt]: firstFailedAt.toISOString(),
            [Headers.dltAt]: new Date().toISOString(),
          },
        },
      ],
    });
    kafkaMetrics.deadLetters.inc({ topic: message.topic, reason });
  }
}
