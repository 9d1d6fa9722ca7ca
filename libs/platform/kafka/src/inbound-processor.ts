import { Logger } from '@nestjs/common';
import { deadLetterTopicOf, Headers, type ServiceName, topicNamed } from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';
import type { Producer } from 'kafkajs';
import { PoisonMessageError, type InboundMessage } from './inbound-message';
import { kafkaMetrics } from './kafka.metrics';

export interface RetryPolicy {
  /** Attempts before a message is dead-lettered; our bound, since kafkajs alone retries forever. */
  maxAttempts: number;
  backoffMs: (attempt: number) => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  backoffMs: (attempt) => Math.min(200 * 2 ** (attempt - 1), 5000),
};

export interface ProcessingHooks {
  /** Keeps the consumer in its group while retries wait (KafkaContext.getHeartbeat()). */
  heartbeat?: () => Promise<void>;
  /** Runs after a message went to the dead-letter topic (a request still owes its caller a reply). */
  onDeadLettered?: (message: InboundMessage, error: Error) => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const messageType = (message: InboundMessage): string => {
  const value = message.value as { type?: unknown } | null;
  return typeof value?.type === 'string' ? value.type : (message.headers[Headers.type] ?? 'unknown');
};

/**
 * Runs one consumed message through a handler: inside its correlation scope, retried a bounded
 * number of times with backoff, then dead-lettered with the reason in headers so the partition
 * moves on. Only a failure to write the dead letter itself escapes (and kafkajs redelivers).
 */
export class InboundProcessor {
  private readonly logger = new Logger(InboundProcessor.name);

  constructor(
    private readonly producer: () => Producer,
    private readonly group: ServiceName,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  ) {}

  async process(
    message: InboundMessage,
    handle: (message: InboundMessage) => Promise<void>,
    hooks: ProcessingHooks = {},
  ): Promise<void> {
    const heartbeat = hooks.heartbeat ?? (async () => undefined);
    const type = messageType(message);
    const value = message.value as { id?: unknown; subject?: unknown; correlationId?: unknown } | null;
    const scope = {
      correlationId:
        message.headers[Headers.correlationId] ??
        (typeof value?.correlationId === 'string' ? value.correlationId : Correlation.id()),
      eventId: typeof value?.id === 'string' ? value.id : undefined,
      aggregateId: message.key ?? undefined,
    };
    await Correlation.run(scope, async () => {
      const where = { topic: message.topic, partition: message.partition, offset: message.offset, type };
      for (let attempt = 1; ; attempt++) {
        const stopTimer = kafkaMetrics.handlerSeconds.startTimer({ topic: message.topic, type });
        try {
          await handle(message);
          stopTimer();
          kafkaMetrics.consumed.inc({ topic: message.topic, type, outcome: 'processed' });
          this.logger.log({ ...where, attempt }, 'message handled');
          return;
        } catch (error) {
          stopTimer();
          kafkaMetrics.failed.inc({ topic: message.topic, type });
          const poison = error instanceof PoisonMessageError;
          if (poison || attempt >= this.policy.maxAttempts) {
            await this.deadLetter(
              message,
              error as Error,
              attempt,
              poison ? (error as PoisonMessageError).reason : 'retries-exhausted',
            );
            this.logger.warn({ ...where, attempt, err: (error as Error).message }, 'message dead-lettered');
            await hooks
              .onDeadLettered?.(message, error as Error)
              .catch((hookError: Error) =>
                this.logger.warn({ ...where, err: hookError.message }, 'dead-letter hook failed'),
              );
            kafkaMetrics.consumed.inc({ topic: message.topic, type, outcome: 'dead-lettered' });
            return;
          }
          this.logger.warn({ ...where, attempt, err: (error as Error).message }, 'message handling failed, retrying');
          await sleep(this.policy.backoffMs(attempt));
          await heartbeat();
        }
      }
    });
  }

  private async deadLetter(message: InboundMessage, error: Error, attempts: number, reason: string): Promise<void> {
    // A topic the catalogue does not know cannot be consumed, but if it were: treat it as personal.
    const source = topicNamed(message.topic) ?? { name: message.topic, personalData: true };
    const topic = deadLetterTopicOf(source, this.group).name;
    const value =
      typeof message.value === 'string' || Buffer.isBuffer(message.value)
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
            [Headers.dltAt]: new Date().toISOString(),
          },
        },
      ],
    });
    kafkaMetrics.deadLetters.inc({ topic: message.topic, reason });
  }
}
