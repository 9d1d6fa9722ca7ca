import { randomUUID } from 'node:crypto';

import { Inject, Logger, type OnModuleInit } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import {
  deadLetterTopicOf,
  type EventEnvelope,
  type EventOf,
  type EventTypeOn,
  Headers,
  REPLAY_COMPLETED,
  type ReplayCompletedData,
  type ServiceName,
  type TopicDefinition,
  Topics,
} from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';

import { parseEvent, parseEventMessage } from '../event-envelope';
import { failureKindOf } from '../failure-kind';
import { inboundFromContext, type InboundMessage } from '../inbound-message';
import { InboundProcessor } from '../inbound-processor';
import { KafkaConnection } from '../kafka-connection';

/**
 * What a handler made of an event, when it is not simply `applied`: `duplicate` (it had already
 * handled this event id) or `superseded` (it holds a newer version). A handler that returns nothing
 * applied it. Replays report it to the operators (ADR 0012).
 */
export type HandledAs = 'applied' | 'duplicate' | 'superseded';

/** What a consumer does with the event types it cares about; the topic carries others too. */
export type EventHandlers<TTopicName extends string> = {
  [K in EventTypeOn<TTopicName>]?: (event: EventOf<K>, message: InboundMessage) => Promise<HandledAs | void>;
};

type AnyHandler = (event: unknown, message: InboundMessage) => Promise<HandledAs | void>;

/** Runs one original message through a consumer's handlers: what a replay calls. */
type OriginalHandler = (message: InboundMessage) => Promise<HandledAs | void>;

/** The event consumers of one application (one processor each), by the topic they read. */
const replayTargets = new WeakMap<InboundProcessor, Map<string, OriginalHandler>>();

/** The one event consumer of an application that runs its replays (the first to start). */
const replayRunners = new WeakMap<InboundProcessor, object>();

const DEAD_LETTER_HEADERS = new Set<string>([
  Headers.dltReason,
  Headers.dltError,
  Headers.dltTopic,
  Headers.dltPartition,
  Headers.dltOffset,
  Headers.dltAttempts,
  Headers.dltGroup,
  Headers.dltAt,
  Headers.dltFirstAt,
]);

const parseValue = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * The base of every event consumer: it reads one topic in the service's consumer group, checks each
 * event against the catalogue (a malformed one is dead-lettered at once) and hands it to the
 * handler of its type, with retries and dead letters around it. Only a service the catalogue lists
 * among the topic's consumers may extend it (a compile error otherwise).
 *
 * It also runs the replays operators ask for (`ops.replay-requested`, ADR 0012): a replay of a
 * message this service dead-lettered from this topic goes through the same handler, with the same
 * envelope id, and its outcome (`ops.replay-completed`) goes to this service's own dead-letter
 * topic of the original topic, which the operations service reads.
 */
export function EventConsumer<
  const TTopic extends TopicDefinition & { kind: 'events' },
  const TService extends TTopic['consumers'][number] & ServiceName,
>(service: TService, topic: TTopic) {
  abstract class EventConsumerBase implements OnModuleInit {
    @Inject(InboundProcessor) readonly processor: InboundProcessor;
    @Inject(KafkaConnection) readonly connection: KafkaConnection;
    readonly logger = new Logger(`${service}:${topic.name}`);

    abstract readonly handlers: EventHandlers<TTopic['name']>;

    onModuleInit(): void {
      const targets = replayTargets.get(this.processor) ?? new Map<string, OriginalHandler>();
      targets.set(topic.name, (message) => this.handle(message));
      replayTargets.set(this.processor, targets);
      if (!replayRunners.has(this.processor)) replayRunners.set(this.processor, this);
    }

    @EventPattern(topic.name)
    async onEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
      await this.processor.process(
        inboundFromContext(value, context),
        async (message) => void (await this.handle(message)),
        { heartbeat: context.getHeartbeat() },
      );
    }

    /**
     * Every event consumer of a service subscribes, and Nest calls each of them for every replay
     * request: one of them runs it, once, routing it by the original topic.
     */
    @EventPattern(Topics.replayRequests.name)
    async onReplayRequested(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
      if (replayRunners.get(this.processor) !== this) return;
      await this.processor.process(inboundFromContext(value, context), (message) => this.replay(message), {
        heartbeat: context.getHeartbeat(),
      });
    }

    private async handle(message: InboundMessage): Promise<HandledAs | void> {
      const event = await parseEventMessage(message);
      const handler = (this.handlers as unknown as Record<string, AnyHandler | undefined>)[event.type];
      if (!handler) return;
      return handler(event, message);
    }

    private async replay(message: InboundMessage): Promise<void> {
      const request = (await parseEvent(message.value)) as EventOf<'ops.replay-requested'>;
      const { deadLetterId, key, headers, value } = request.data;
      // Every service that consumes events reads every replay: it runs only its own dead letters.
      if (headers[Headers.dltGroup] !== service) return;
      const originalTopic = headers[Headers.dltTopic] ?? '';
      const handle = replayTargets.get(this.processor)?.get(originalTopic);
      if (!handle) {
        this.logger.warn({ deadLetterId, originalTopic }, 'replay of a topic this service does not read, ignored');
        return;
      }
      const original: InboundMessage = {
        topic: originalTopic,
        partition: Number(headers[Headers.dltPartition] ?? 0),
        offset: headers[Headers.dltOffset] ?? '0',
        key,
        headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !DEAD_LETTER_HEADERS.has(name))),
        value: parseValue(value),
      };
      let completed: ReplayCompletedData;
      try {
        completed = { deadLetterId, outcome: (await handle(original)) ?? 'applied' };
      } catch (error) {
        // An outage is waited out (the processor retries the replay); anything else is its outcome.
        if (failureKindOf(error) === 'infrastructure') throw error;
        completed = { deadLetterId, outcome: 'failed', error: (error as Error).message.slice(0, 2000) };
      }
      await this.complete(originalTopic, request, completed);
      this.logger.log({ deadLetterId, outcome: completed.outcome }, 'dead letter replayed');
    }

    private async complete(originalTopic: string, request: EventEnvelope, data: ReplayCompletedData): Promise<void> {
      const envelope: EventEnvelope<typeof REPLAY_COMPLETED, ReplayCompletedData> = {
        id: randomUUID(),
        type: REPLAY_COMPLETED,
        version: 1,
        occurredAt: new Date().toISOString(),
        source: service,
        subject: data.deadLetterId,
        aggregateVersion: 1,
        correlationId: Correlation.id(),
        causationId: request.id,
        data,
      };
      await this.connection.producer.send({
        topic: deadLetterTopicOf({ name: originalTopic, personalData: topic.personalData }, service).name,
        acks: -1,
        messages: [
          {
            key: data.deadLetterId,
            value: JSON.stringify(envelope),
            headers: { [Headers.correlationId]: envelope.correlationId, [Headers.type]: REPLAY_COMPLETED },
          },
        ],
      });
    }
  }
  return EventConsumerBase;
}
