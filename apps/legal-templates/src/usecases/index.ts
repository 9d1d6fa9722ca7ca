import { AddTemplateVersion } from './add-template-version/add-template-version.usecase';
import { CreateLegalTemplate } from './create-legal-template/create-legal-template.usecase';
import { GenerateFundingAgreement } from './deal-documents/generate-funding-agreement.usecase';
import { GenerateIntroductionDocuments } from './deal-documents/generate-introduction-documents.usecase';
import { DocumentMaker } from './document-maker';
import { ErasePersonalData } from './erase-personal-data/erase-personal-data.usecase';
import { ExportPersonalData } from './export-personal-data/export-personal-data.usecase';
import { GenerateDocument } from './generate-document/generate-document.usecase';
import { GetDocument } from './get-document/get-document.usecase';
import { GetLegalTemplate } from './get-legal-template/get-legal-template.usecase';
import { ListApplicationDocuments } from './list-application-documents/list-application-documents.usecase';
import { ListLegalTemplates } from './list-legal-templates/list-legal-templates.usecase';
import { PreviewTemplateVersion } from './preview-template-version/preview-template-version.usecase';
import { ProjectDealFacts } from './project-deal-facts/project-deal-facts.usecase';
import { PublishTemplateVersion } from './publish-template-version/publish-template-version.usecase';
import { ReadDocumentContent } from './read-document-content/read-document-content.usecase';
import { SignDocument } from './sign-document/sign-document.usecase';
import { SweepRetainedDocuments } from './sweep-retained-documents/sweep-retained-documents.usecase';
import { UpdateTemplateVersion } from './update-template-version/update-template-version.usecase';

export {
  DocumentMaker,
  GenerateDocument,
  GenerateFundingAgreement,
  GenerateIntroductionDocuments,
  ListApplicationDocuments,
  ProjectDealFacts,
  GetDocument,
  ReadDocumentContent,
  AddTemplateVersion,
  CreateLegalTemplate,
  GetLegalTemplate,
  ListLegalTemplates,
  PreviewTemplateVersion,
  PublishTemplateVersion,
  SignDocument,
  UpdateTemplateVersion,
  ErasePersonalData,
  ExportPersonalData,
  SweepRetainedDocuments,
};

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [
  ListLegalTemplates,
  GetLegalTemplate,
  CreateLegalTemplate,
  AddTemplateVersion,
  UpdateTemplateVersion,
  PublishTemplateVersion,
  PreviewTemplateVersion,
  DocumentMaker,
  GenerateDocument,
  GetDocument,
  ReadDocumentContent,
  ListApplicationDocuments,
  ProjectDealFacts,
  GenerateIntroductionDocuments,
  GenerateFundingAgreement,
  SignDocument,
  ErasePersonalData,
  ExportPersonalData,
  SweepRetainedDocuments,
];
