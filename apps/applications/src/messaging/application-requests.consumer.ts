import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import {
  ChangeConsents,
  CreateApplicationDraft,
  CreateProgramme,
  DecideApplication,
  ExportPersonalData,
  GetApplication,
  GetProgramme,
  ListApplications,
  ListProgrammes,
  ReserveBudget,
  SettleBudget,
  SubmitApplication,
  UpdateDraft,
  UpdateProgramme,
  WithdrawApplication,
} from '../usecases';

type Handlers = RequestHandlers<typeof Topics.applicationRequests.name>;

/** Requests from the gateway, one aggregate (the message key) at a time, in order. */
@Controller()
export class ApplicationRequestsConsumer extends RequestConsumer(Topics.applicationRequests) {
  constructor(
    private readonly createProgramme: CreateProgramme,
    private readonly updateProgramme: UpdateProgramme,
    private readonly listProgrammes: ListProgrammes,
    private readonly getProgramme: GetProgramme,
    private readonly reserveBudget: ReserveBudget,
    private readonly settleBudget: SettleBudget,
    private readonly createDraft: CreateApplicationDraft,
    private readonly updateDraft: UpdateDraft,
    private readonly submit: SubmitApplication,
    private readonly withdraw: WithdrawApplication,
    private readonly decide: DecideApplication,
    private readonly getApplication: GetApplication,
    private readonly listApplications: ListApplications,
    private readonly changeConsents: ChangeConsents,
    private readonly exportPersonalData: ExportPersonalData,
  ) {
    super();
  }

  readonly handlers: Handlers = {
    'programmes.create': (r) =>
      this.createProgramme.execute({ programmeId: r.subject, requestId: r.id, actor: r.actor, programme: r.data }),
    'programmes.update': (r) =>
      this.updateProgramme.execute({ programmeId: r.subject, requestId: r.id, actor: r.actor, patch: r.data.patch }),
    // The gateway's clock decides what "open" means, as for submission deadlines.
    'programmes.list': (r) => this.listProgrammes.execute({ ...r.data, now: new Date(r.occurredAt), actor: r.actor }),
    'programmes.get': (r) => this.getProgramme.execute({ programmeId: r.subject, actor: r.actor }),
    'programmes.reserve-budget': (r) =>
      this.reserveBudget.execute({ programmeId: r.subject, requestId: r.id, actor: r.actor, ...r.data }),
    'programmes.settle-budget': (r) =>
      this.settleBudget.execute({ programmeId: r.subject, requestId: r.id, applicationId: r.data.applicationId }),
    'applications.create-draft': (r) =>
      this.createDraft.execute({
        applicationId: r.subject,
        requestId: r.id,
        actor: r.actor,
        draft: r.data,
        acceptedAt: new Date(r.occurredAt),
      }),
    'applications.update-draft': (r) =>
      this.updateDraft.execute({
        applicationId: r.subject,
        requestId: r.id,
        actor: r.actor,
        patch: r.data.patch,
        expectedVersions: r.data.expectedVersions,
      }),
    'applications.submit': (r) =>
      this.submit.execute({
        applicationId: r.subject,
        requestId: r.id,
        actor: r.actor,
        acceptedAt: new Date(r.occurredAt),
        locale: r.locale,
      }),
    'applications.withdraw': (r) =>
      this.withdraw.execute({ applicationId: r.subject, requestId: r.id, actor: r.actor, reason: r.data.reason }),
    'applications.change-consents': (r) =>
      this.changeConsents.execute({
        applicationId: r.subject,
        requestId: r.id,
        actor: r.actor,
        shareWithInvestors: r.data.shareWithInvestors,
        noticeVersion: r.data.noticeVersion,
        expectedVersions: r.data.expectedVersions,
      }),
    'applications.decide': (r) =>
      this.decide.execute({ applicationId: r.subject, requestId: r.id, actor: r.actor, ...r.data }),
    'applications.get': (r) => this.getApplication.execute({ applicationId: r.subject, actor: r.actor }),
    'applications.list': (r) => this.listApplications.execute({ actor: r.actor, query: r.data }),
    'applications.export-personal-data': (r) => this.exportPersonalData.execute({ actor: r.actor }),
  };
}
