import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import { GetInvestor, ListInvestors, UpdateInvestorProfile, VetInvestor } from '../usecases';

/** Requests from the gateway about investors, one investor (the message key) at a time, in order. */
@Controller()
export class MatchingRequestsConsumer extends RequestConsumer(Topics.matchingRequests) {
  constructor(
    private readonly getInvestor: GetInvestor,
    private readonly listInvestors: ListInvestors,
    private readonly updateProfile: UpdateInvestorProfile,
    private readonly vet: VetInvestor,
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
  };
}
