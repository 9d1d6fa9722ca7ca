import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import { LegalTemplateRequestTypes, Topics } from '@pollen/contracts';
import {
  inboundFromContext,
  InboundProcessor,
  RequestDispatcher,
  route,
  type RequestRoutes,
} from '@pollen/platform/kafka';
import { ListLegalTemplates } from '../usecases';

/** Requests from the gateway about legal templates, keyed by template key. */
@Controller()
export class LegalTemplateRequestsConsumer {
  private readonly routes: RequestRoutes;

  constructor(
    private readonly processor: InboundProcessor,
    private readonly dispatcher: RequestDispatcher,
    listTemplates: ListLegalTemplates,
  ) {
    this.routes = {
      [LegalTemplateRequestTypes.list]: route({
        handle: () => listTemplates.execute(),
      }),
    };
  }

  @EventPattern(Topics.legalTemplateRequests.name)
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
