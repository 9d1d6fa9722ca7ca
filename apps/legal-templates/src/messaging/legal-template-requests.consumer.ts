import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import { ListLegalTemplates } from '../usecases';

/** Requests from the gateway about legal templates. */
@Controller()
export class LegalTemplateRequestsConsumer extends RequestConsumer(Topics.legalTemplateRequests) {
  constructor(private readonly listTemplates: ListLegalTemplates) {
    super();
  }

  readonly handlers: RequestHandlers<typeof Topics.legalTemplateRequests.name> = {
    'legal-templates.list': (request) => this.listTemplates.execute({ actor: request.actor }),
  };
}
