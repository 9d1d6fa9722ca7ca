import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import {
  AddTemplateVersion,
  CreateLegalTemplate,
  ExportPersonalData,
  GenerateDocument,
  GetDocument,
  GetLegalTemplate,
  ListApplicationDocuments,
  ListLegalTemplates,
  PreviewTemplateVersion,
  PublishTemplateVersion,
  ReadDocumentContent,
  SignDocument,
  UpdateTemplateVersion,
} from '../usecases';

/** Requests from the gateway about legal templates and documents, one key (template or document) at a time, in order. */
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
    private readonly generateDocument: GenerateDocument,
    private readonly getDocument: GetDocument,
    private readonly readContent: ReadDocumentContent,
    private readonly applicationDocuments: ListApplicationDocuments,
    private readonly signDocument: SignDocument,
    private readonly exportPersonalData: ExportPersonalData,
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
    'documents.generate': (r) =>
      this.generateDocument.execute({ documentId: r.subject, requestId: r.id, actor: r.actor, request: r.data }),
    'documents.get': (r) => this.getDocument.execute({ documentId: r.subject, actor: r.actor }),
    'documents.content': (r) =>
      this.readContent.execute({ documentId: r.subject, format: r.data.format, offset: r.data.offset, actor: r.actor }),
    'documents.sign': (r) =>
      this.signDocument.execute({ documentId: r.subject, requestId: r.id, actor: r.actor, request: r.data }),
    'documents.list-for-application': (r) =>
      this.applicationDocuments.execute({ applicationId: r.subject, actor: r.actor }),
    // The subject is the actor's own account: nobody exports another's.
    'legal-templates.export-personal-data': (r) => this.exportPersonalData.execute({ accountId: r.actor.id }),
  };
}
