import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import {
  type ApplicationDrafted,
  ApplicationEventTypes,
  type ApplicationStatusChanged,
  applicationEventDataProblems,
  Topics,
} from '@pollen/contracts';
import { counter } from '@pollen/platform/health';
import { eventEnvelopeOf, inboundFromContext, type InboundMessage, InboundProcessor } from '@pollen/platform/kafka';
import { NotifyApplicationDrafted, NotifyStatusChanged } from '../usecases';

const notified = counter(
  'pollen_notifications_created_total',
  'Notifications created from events, by channel and outcome (created, duplicate)',
  ['channel', 'outcome'] as const,
);

/** Every `application.*` event; those a person should hear about become notifications. */
@Controller()
export class ApplicationEventsConsumer {
  private readonly logger = new Logger(ApplicationEventsConsumer.name);

  constructor(
    private readonly processor: InboundProcessor,
    private readonly notifyDrafted: NotifyApplicationDrafted,
    private readonly notifyStatusChanged: NotifyStatusChanged,
  ) {}

  @EventPattern(Topics.applicationEvents.name)
  async onEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    await this.processor.process(inboundFromContext(value, context), (message) => this.handle(message), {
      heartbeat: context.getHeartbeat(),
    });
  }

  private async handle(message: InboundMessage): Promise<void> {
    const event = eventEnvelopeOf(message.value, applicationEventDataProblems);
    switch (event.type) {
      case ApplicationEventTypes.drafted: {
        const { data } = event as ApplicationDrafted;
        const created = await this.notifyDrafted.execute({
          eventId: event.id,
          applicationId: event.subject,
          ownerId: data.ownerId,
          organisationName: data.organisation.name,
        });
        notified.inc({ channel: 'in-app', outcome: created ? 'created' : 'duplicate' });
        this.logger.debug(
          { type: event.type, partition: message.partition, offset: message.offset, created },
          'owner notified of the draft',
        );
        return;
      }
      case ApplicationEventTypes.statusChanged: {
        const { data } = event as ApplicationStatusChanged;
        const outcome = await this.notifyStatusChanged.execute({
          eventId: event.id,
          applicationId: event.subject,
          ownerId: data.ownerId,
          status: data.to,
          reason: data.reason,
        });
        if (outcome !== 'nothing-to-tell') notified.inc({ channel: 'in-app', outcome });
        return;
      }
      default:
        // The topic carries every application event; nobody needs to hear about the others yet.
        return;
    }
  }
}
