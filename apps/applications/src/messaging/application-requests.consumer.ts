import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import { ApplicationRequestTypes, CreateApplicationDraftDto, Topics } from '@pollen/contracts';
import {
  inboundFromContext,
  InboundProcessor,
  RequestDispatcher,
  route,
  type RequestRoutes,
} from '@pollen/platform/kafka';
import { CreateApplicationDraft, GetApplication } from '../usecases';

/** Requests from the gateway, one application (the message key) at a time, in order. */
@Controller()
export class ApplicationRequestsConsumer {
  private readonly routes: RequestRoutes;

  constructor(
    private readonly processor: InboundProcessor,
    private readonly dispatcher: RequestDispatcher,
    createDraft: CreateApplicationDraft,
    getApplication: GetApplication,
  ) {
    this.routes = {
      [ApplicationRequestTypes.createDraft]: route({
        dto: CreateApplicationDraftDto,
        handle: (request) =>
          createDraft.execute({
            applicationId: request.subject,
            requestId: request.id,
            actor: request.actor,
            draft: request.data,
          }),
      }),
      [ApplicationRequestTypes.get]: route({
        handle: (request) => getApplication.execute({ applicationId: request.subject, actor: request.actor }),
      }),
    };
  }

  @EventPattern(Topics.applicationRequests.name)
  async onRequest(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    await this.processor.process(
      inboundFromContext(value, context),
      (message) => this.dispatcher.dispatch(message, this.routes),
      { heartbeat: context.getHeartbeat(), onDeadLettered: (message) => this.dispatcher.replyFailure(message) },
    );
  }
}
