import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import { Topics, applicationEventDataProblems } from '@pollen/contracts';
import { counter } from '@pollen/platform/health';
import { eventEnvelopeOf, inboundFromContext, type InboundMessage, InboundProcessor } from '@pollen/platform/kafka';
import { ProjectApplicationEvent } from '../usecases';

const projected = counter(
  'pollen_matching_application_events_total',
  'Application events seen by the projection, by outcome (applied, stale, ignored)',
  ['outcome'] as const,
);

/** Every `application.*` event, one application (the message key) at a time, in order. */
@Controller()
export class ApplicationEventsConsumer {
  private readonly logger = new Logger(ApplicationEventsConsumer.name);

  constructor(
    private readonly processor: InboundProcessor,
    private readonly projectEvent: ProjectApplicationEvent,
  ) {}

  @EventPattern(Topics.applicationEvents.name)
  async onEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    await this.processor.process(inboundFromContext(value, context), (message) => this.handle(message), {
      heartbeat: context.getHeartbeat(),
    });
  }

  private async handle(message: InboundMessage): Promise<void> {
    const event = eventEnvelopeOf(message.value, applicationEventDataProblems);
    const outcome = await this.projectEvent.execute({ event });
    projected.inc({ outcome });
    this.logger.debug(
      {
        type: event.type,
        aggregateVersion: event.aggregateVersion,
        outcome,
        partition: message.partition,
        offset: message.offset,
      },
      'application event projected',
    );
  }
}
