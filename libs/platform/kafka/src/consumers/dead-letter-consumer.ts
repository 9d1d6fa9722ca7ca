import { Inject } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import { deadLetterTopics, type ServiceName } from '@pollen/contracts';

import { inboundFromContext, type InboundMessage } from '../inbound-message';
import { InboundProcessor } from '../inbound-processor';

/**
 * The base of the consumer that keeps dead letters (ADR 0012): it reads every dead-letter topic the
 * catalogue lists the service as a consumer of, and hands each message to `handleDeadLetter` as it
 * came (any bytes: it is not an envelope of the catalogue), through the InboundProcessor. A dead
 * letter is never dead-lettered again: a failure to keep it is retried until it succeeds.
 */
export function DeadLetterConsumer<const TService extends ServiceName>(service: TService) {
  const topics = deadLetterTopics()
    .filter((topic) => topic.consumers.includes(service))
    .map((topic) => topic.name);

  abstract class DeadLetterConsumerBase {
    @Inject(InboundProcessor) readonly processor: InboundProcessor;

    /** The topics it reads. */
    static readonly topics = topics;

    /** One raw message of a dead-letter topic: a dead letter, or the outcome of a replay. */
    abstract handleDeadLetter(message: InboundMessage): Promise<void>;

    @EventPattern(topics)
    async onDeadLetter(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
      await this.processor.process(inboundFromContext(value, context), (message) => this.handleDeadLetter(message), {
        heartbeat: context.getHeartbeat(),
        neverDeadLetter: true,
      });
    }
  }
  return DeadLetterConsumerBase;
}
