import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import { NotificationRequestTypes, Topics } from '@pollen/contracts';
import {
  inboundFromContext,
  InboundProcessor,
  RequestDispatcher,
  route,
  type RequestRoutes,
} from '@pollen/platform/kafka';
import { ListNotifications } from '../usecases';

/** Requests from the gateway about the caller's notifications, keyed by recipient. */
@Controller()
export class NotificationRequestsConsumer {
  private readonly routes: RequestRoutes;

  constructor(
    private readonly processor: InboundProcessor,
    private readonly dispatcher: RequestDispatcher,
    listNotifications: ListNotifications,
  ) {
    this.routes = {
      [NotificationRequestTypes.listMine]: route({
        handle: (request) => listNotifications.execute({ actor: request.actor, locale: request.locale }),
      }),
    };
  }

  @EventPattern(Topics.notificationRequests.name)
  async onRequest(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    await this.processor.process(
      inboundFromContext(value, context),
      (message) => this.dispatcher.dispatch(message, this.routes),
      {
        heartbeat: context.getHeartbeat(),
        onDeadLettered: (message, error) => this.dispatcher.replyFailure(message, error),
      },
    );
  }
}
