import { Inject } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import type { TopicDefinition } from '@pollen/contracts';

import { inboundFromContext } from '../inbound-message';
import { InboundProcessor } from '../inbound-processor';
import { RequestDispatcher, type RequestHandlers } from '../request-reply/request-dispatcher';

/**
 * The base of every service's request consumer: it reads the topic, runs each request through the
 * processor (retries, dead letters) and the dispatcher (validation, deadline, reply), and answers a
 * request it had to set aside. A subclass is a `@Controller()` that declares `handlers` and nothing
 * else; the catalogue decides which request types it must handle.
 */
export function RequestConsumer<const TTopic extends TopicDefinition & { kind: 'requests' }>(topic: TTopic) {
  abstract class RequestConsumerBase {
    @Inject(InboundProcessor) readonly processor: InboundProcessor;
    @Inject(RequestDispatcher) readonly dispatcher: RequestDispatcher;

    /** One handler per request type on the topic. */
    abstract readonly handlers: RequestHandlers<TTopic['name']>;

    @EventPattern(topic.name)
    async onRequest(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
      await this.processor.process(
        inboundFromContext(value, context),
        (message) => this.dispatcher.dispatch(message, this.handlers),
        {
          heartbeat: context.getHeartbeat(),
          onDeadLettered: (message, error) => this.dispatcher.replyFailure(message, error),
        },
      );
    }
  }
  return RequestConsumerBase;
}
