import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import {
  AddTemplateVersion,
  CreateLegalTemplate,
  GetLegalTemplate,
  ListLegalTemplates,
  PreviewTemplateVersion,
  PublishTemplateVersion,
  UpdateTemplateVersion,
} from '../usecases';

/** Requests from the gateway about legal templates, one template key at a time, in order. */
@Controller()
export class LegalTemplateRequestsConsumer extends RequestConsumer(Topics.legalTemplateRequests) {
  constructor(
    private readonly listTemplates: ListLegalTemplates,
    private readonly getTemplate: GetLegalTemplate,
    private readonly createTemplate: CreateLegalTemplate,
    private readonly addVersion: AddTemplateVersion,
    private readonly updateVersion: UpdateTemplateVersion,
    private readonly publishVersion: PublishTemplateVersion,
    private readonly previewVersion: PreviewTemplateVersion,
  ) {
    super();
  }

  readonly handlers: RequestHandlers<typeof Topics.legalTemplateRequests.name> = {
    'legal-templates.list': (r) => this.listTemplates.execute({ actor: r.actor, query: r.data }),
    'legal-templates.get': (r) => this.getTemplate.execute({ key: r.subject, actor: r.actor }),
    'legal-templates.create': (r) => this.createTemplate.execute({ draft: r.data, requestId: r.id, actor: r.actor }),
    'legal-templates.add-version': (r) =>
      this.addVersion.execute({ key: r.subject, draft: r.data, requestId: r.id, actor: r.actor }),
    'legal-templates.update-version': (r) =>
      this.updateVersion.execute({
        key: r.subject,
        semver: r.data.version,
        patch: r.data.patch,
        requestId: r.id,
        actor: r.actor,
      }),
    'legal-templates.publish': (r) =>
      this.publishVersion.execute({ key: r.subject, semver: r.data.version, requestId: r.id, actor: r.actor }),
    'legal-templates.preview': (r) =>
      this.previewVersion.execute({
        key: r.subject,
        semver: r.data.version,
        locale: r.data.locale,
        variables: r.data.variables,
        actor: r.actor,
      }),
  };
}
