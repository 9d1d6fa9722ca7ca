import { Controller } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Ctx, EventPattern, type KafkaContext, Payload } from '@nestjs/microservices';
import {
  ApplicationRequestTypes,
  CreateApplicationDraftDto,
  CreateProgrammeDto,
  DecideApplicationDto,
  ListApplicationsQueryDto,
  ListProgrammesQueryDto,
  ProgrammeRequestTypes,
  Topics,
  type UpdateDraftRequestData,
  type UpdateProgrammeRequestData,
  WithdrawApplicationDto,
} from '@pollen/contracts';
import {
  inboundFromContext,
  InboundProcessor,
  RequestDispatcher,
  route,
  type RequestRoutes,
} from '@pollen/platform/kafka';
import {
  CreateApplicationDraft,
  CreateProgramme,
  DecideApplication,
  GetApplication,
  GetProgramme,
  ListApplications,
  ListProgrammes,
  SubmitApplication,
  UpdateDraft,
  UpdateProgramme,
  WithdrawApplication,
} from '../usecases';

/** Requests from the gateway, one aggregate (the message key) at a time, in order. */
@Controller()
export class ApplicationRequestsConsumer {
  private readonly routes: RequestRoutes;

  constructor(
    private readonly processor: InboundProcessor,
    private readonly dispatcher: RequestDispatcher,
    private readonly useCases: ModuleRef,
  ) {
    const run = <T>(useCase: new (...args: never[]) => T): T => this.useCases.get(useCase);
    this.routes = {
      [ProgrammeRequestTypes.create]: route({
        dto: CreateProgrammeDto,
        handle: (r) => run(CreateProgramme).execute({ programmeId: r.subject, actor: r.actor, programme: r.data }),
      }),
      [ProgrammeRequestTypes.update]: route<UpdateProgrammeRequestData, unknown>({
        handle: (r) =>
          run(UpdateProgramme).execute({
            programmeId: r.subject,
            requestId: r.id,
            actor: r.actor,
            patch: r.data.patch,
          }),
      }),
      [ProgrammeRequestTypes.list]: route({
        dto: ListProgrammesQueryDto,
        // The gateway's clock decides what "open" means, as for submission deadlines.
        handle: (r) => run(ListProgrammes).execute({ ...r.data, now: new Date(r.occurredAt) }),
      }),
      [ProgrammeRequestTypes.get]: route({ handle: (r) => run(GetProgramme).execute(r.subject) }),
      [ApplicationRequestTypes.createDraft]: route({
        dto: CreateApplicationDraftDto,
        handle: (r) =>
          run(CreateApplicationDraft).execute({
            applicationId: r.subject,
            requestId: r.id,
            actor: r.actor,
            draft: r.data,
          }),
      }),
      [ApplicationRequestTypes.updateDraft]: route<UpdateDraftRequestData, unknown>({
        handle: (r) =>
          run(UpdateDraft).execute({
            applicationId: r.subject,
            requestId: r.id,
            actor: r.actor,
            patch: r.data.patch,
            expectedVersions: r.data.expectedVersions,
          }),
      }),
      [ApplicationRequestTypes.submit]: route({
        handle: (r) =>
          run(SubmitApplication).execute({
            applicationId: r.subject,
            requestId: r.id,
            actor: r.actor,
            acceptedAt: new Date(r.occurredAt),
            locale: r.locale,
          }),
      }),
      [ApplicationRequestTypes.withdraw]: route({
        dto: WithdrawApplicationDto,
        handle: (r) =>
          run(WithdrawApplication).execute({
            applicationId: r.subject,
            requestId: r.id,
            actor: r.actor,
            reason: r.data.reason,
          }),
      }),
      [ApplicationRequestTypes.decide]: route({
        dto: DecideApplicationDto,
        handle: (r) =>
          run(DecideApplication).execute({ applicationId: r.subject, requestId: r.id, actor: r.actor, ...r.data }),
      }),
      [ApplicationRequestTypes.get]: route({
        handle: (r) => run(GetApplication).execute({ applicationId: r.subject, actor: r.actor }),
      }),
      [ApplicationRequestTypes.list]: route({
        dto: ListApplicationsQueryDto,
        handle: (r) => run(ListApplications).execute(r.actor, r.data),
      }),
    };
  }

  @EventPattern(Topics.applicationRequests.name)
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
