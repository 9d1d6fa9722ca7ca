import { Inject, Logger } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import type { EventOf, EventTypeOn, ServiceName, TopicDefinition } from '@pollen/contracts';
import { parseEvent } from '../event-envelope';
import { inboundFromContext, type InboundMessage } from '../inbound-message';
import { InboundProcessor } from '../inbound-processor';

/** What a consumer does with the event types it cares about; the topic carries others too. */
export type EventHandlers<TTopicName extends string> = {
  [K in EventTypeOn<TTopicName>]?: (event: EventOf<K>, message: InboundMessage) => Promise<void>;
};

type AnyHandler = (event: unknown, message: InboundMessage) => Promise<void>;

/**
 * The base of every event consumer: it reads one topic in the service's consumer group, checks each
 * event against the catalogue (a malformed one is dead-lettered at once) and hands it to the
 * handler of its type, with retries and dead letters around it. Only a service the catalogue lists
 * among the topic's consumers may extend it (a compile error otherwise).
 */
export function EventConsumer<
  const TTopic extends TopicDefinition & { kind: 'events' },
  const TService extends TTopic['consumers'][number] & ServiceName,
>(service: TService, topic: TTopic) {
  abstract class EventConsumerBase {
    @Inject(InboundProcessor) readonly processor: InboundProcessor;
    readonly logger = new Logger(`${service}:${topic.name}`);

    abstract readonly handlers: EventHandlers<TTopic['name']>;

    @EventPattern(topic.name)
    async onEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
      await this.processor.process(inboundFromContext(value, context), (message) => this.handle(message), {
        heartbeat: context.getHeartbeat(),
      });
    }

    private async handle(message: InboundMessage): Promise<void> {
      const event = await parseEvent(message.value);
      const handler = (this.handlers as unknown as Record<string, AnyHandler | undefined>)[event.type];
      if (!handler) return;
      await handler(event, message);
    }
  }
  return EventConsumerBase;
}
