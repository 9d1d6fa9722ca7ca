import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import {
  ActOnMatch,
  AnswerInterest,
  ExportPersonalData,
  GetInvestor,
  GetMatchingInsights,
  GetMatchingStats,
  ListApplicationMatches,
  ListDealFlow,
  ListInvestors,
  UpdateInvestorProfile,
  VetInvestor,
} from '../usecases';

/** Requests from the gateway about investors and their deal-flow, one key (investor or match) at a time, in order. */
@Controller()
export class MatchingRequestsConsumer extends RequestConsumer(Topics.matchingRequests) {
  constructor(
    private readonly getInvestor: GetInvestor,
    private readonly listInvestors: ListInvestors,
    private readonly updateProfile: UpdateInvestorProfile,
    private readonly vet: VetInvestor,
    private readonly listDealFlow: ListDealFlow,
    private readonly actOnMatch: ActOnMatch,
    private readonly insights: GetMatchingInsights,
    private readonly stats: GetMatchingStats,
    private readonly applicationMatches: ListApplicationMatches,
    private readonly answerInterest: AnswerInterest,
    private readonly exportPersonalData: ExportPersonalData,
  ) {
    super();
  }

  readonly handlers: RequestHandlers<typeof Topics.matchingRequests.name> = {
    'investors.get': (r) => this.getInvestor.execute({ investorId: r.subject, actor: r.actor }),
    'investors.list': (r) => this.listInvestors.execute({ actor: r.actor, query: r.data }),
    'investors.update-profile': (r) =>
      this.updateProfile.execute({
        investorId: r.subject,
        requestId: r.id,
        actor: r.actor,
        patch: r.data.patch,
        expectedVersions: r.data.expectedVersions,
      }),
    'investors.approve': (r) =>
      this.vet.execute({ investorId: r.subject, requestId: r.id, actor: r.actor, action: 'approve' }),
    'investors.reject': (r) =>
      this.vet.execute({ investorId: r.subject, requestId: r.id, actor: r.actor, action: 'reject', ...r.data }),
    'investors.suspend': (r) =>
      this.vet.execute({ investorId: r.subject, requestId: r.id, actor: r.actor, action: 'suspend', ...r.data }),
    'investors.reinstate': (r) =>
      this.vet.execute({ investorId: r.subject, requestId: r.id, actor: r.actor, action: 'reinstate' }),
    'deal-flow.list': (r) => this.listDealFlow.execute({ actor: r.actor, query: r.data }),
    'deal-flow.express-interest': (r) =>
      this.actOnMatch.execute({
        matchId: r.subject,
        requestId: r.id,
        actor: r.actor,
        action: 'express-interest',
        interest: r.data,
      }),
    'matching.application-matches': (r) =>
      this.applicationMatches.execute({ applicationId: r.subject, actor: r.actor }),
    'matching.stats': (r) => this.stats.execute({ actor: r.actor }),
    'matching.insights': (r) => this.insights.execute({ applicationId: r.subject, actor: r.actor }),
    'matches.accept': (r) =>
      this.answerInterest.execute({
        matchId: r.subject,
        applicationId: r.data.applicationId,
        requestId: r.id,
        actor: r.actor,
        answer: 'accept',
        contact: r.data.contact,
      }),
    'matches.decline': (r) =>
      this.answerInterest.execute({
        matchId: r.subject,
        applicationId: r.data.applicationId,
        requestId: r.id,
        actor: r.actor,
        answer: 'decline',
        reason: r.data.reason,
      }),
    'deal-flow.pass': (r) =>
      this.actOnMatch.execute({ matchId: r.subject, requestId: r.id, actor: r.actor, action: 'pass', pass: r.data }),
    'matching.export-personal-data': (r) => this.exportPersonalData.execute({ actor: r.actor }),
  };
}
