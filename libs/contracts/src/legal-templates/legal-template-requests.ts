import { IsIn, IsInt, IsIP, IsObject, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NoData } from '../messaging/request-data';
import { SIGNER_AUTHENTICATIONS, type SignerAuthentication } from './codes';
import { DocumentContentQueryDto, GenerateDocumentDto, SignatureDeclaration } from './document.dto';
import { DocumentChunkView, DocumentListView, DocumentView } from './document.view';
import {
  CreateLegalTemplateDto,
  CreateTemplateVersionDto,
  LegalTemplateQueryDto,
  PreviewTemplateDto,
  SEMVER,
} from './legal-template.dto';
import {
  LegalTemplateListView,
  LegalTemplateVersionView,
  LegalTemplateView,
  TemplatePreviewView,
} from './legal-template-summary.view';

/** Which version of the template (the subject) a request is about. */
export class TemplateVersionRef {
  @IsString()
  @Matches(SEMVER)
  version: string;
}

export class UpdateTemplateVersionRequest extends TemplateVersionRef {
  /** A JSON merge patch of the draft's content; the result is validated whole. */
  @IsObject()
  patch: Record<string, unknown>;
}

/** A signature as legal-templates records it: the declaration, and how and whence the signer signed. */
export class SignDocumentRequest extends SignatureDeclaration {
  /** The client's address, as the gateway saw it (only this request carries one). */
  @IsIP()
  clientIp: string;

  @IsOptional()
  @IsString()
  @MaxLength(512)
  userAgent?: string;

  /** How the gateway identified the signer at that moment. */
  @IsIn(SIGNER_AUTHENTICATIONS)
  authentication: SignerAuthentication;
}

export class DocumentChunkRequest extends DocumentContentQueryDto {
  /** Where the piece starts, in bytes. */
  @IsInt()
  @Min(0)
  offset: number;
}

export class PreviewTemplateRequest extends PreviewTemplateDto {
  @IsString()
  @Matches(SEMVER)
  version: string;
}

const on = { topic: Topics.legalTemplateRequests, subject: 'template key' } as const;
const byDocument = { topic: Topics.legalTemplateRequests, subject: 'document id' } as const;

/** Requests the legal-templates service answers, one template key at a time, in order. */
export const LegalTemplateRequests = {
  'legal-templates.list': defineRequest({
    topic: Topics.legalTemplateRequests,
    subject: 'the actor’s account id',
    data: LegalTemplateQueryDto,
    result: LegalTemplateListView,
    description: 'Template versions once per language, the newest first (published ones, but for operators).',
  }),
  'legal-templates.get': defineRequest({
    ...on,
    data: NoData,
    result: LegalTemplateView,
    description: 'A template’s versions, the newest first (published ones, but for operators).',
  }),
  'legal-templates.create': defineRequest({
    ...on,
    data: CreateLegalTemplateDto,
    result: LegalTemplateVersionView,
    description: 'A new template key with its first draft version (operators).',
  }),
  'legal-templates.add-version': defineRequest({
    ...on,
    data: CreateTemplateVersionDto,
    result: LegalTemplateVersionView,
    description: 'A new draft version of a template, newer than its latest (operators).',
  }),
  'legal-templates.update-version': defineRequest({
    ...on,
    data: UpdateTemplateVersionRequest,
    result: LegalTemplateVersionView,
    description: 'A merge patch of a draft version (operators); a published version never changes.',
  }),
  'legal-templates.publish': defineRequest({
    ...on,
    data: TemplateVersionRef,
    result: LegalTemplateVersionView,
    description:
      'Publishes a draft version in both languages, once its bodies and schema pass every check (operators).',
  }),
  'legal-templates.preview': defineRequest({
    ...on,
    data: PreviewTemplateRequest,
    result: TemplatePreviewView,
    description:
      'A version rendered with the variables given, as HTML (any version for operators, published ones for others).',
  }),
  'documents.generate': defineRequest({
    ...byDocument,
    data: GenerateDocumentDto,
    result: DocumentView,
    description: 'A document from a published template, in HTML, PDF and DOCX, each file with its SHA-256 (operators).',
  }),
  'documents.get': defineRequest({
    ...byDocument,
    data: NoData,
    result: DocumentView,
    description: 'A document’s metadata and the hashes of its files (its parties and operators).',
  }),
  'documents.content': defineRequest({
    ...byDocument,
    data: DocumentChunkRequest,
    result: DocumentChunkView,
    description:
      'A piece of one of a document’s files, from an offset: the gateway reads a file piece by piece (its parties and operators).',
  }),
  'documents.sign': defineRequest({
    ...byDocument,
    data: SignDocumentRequest,
    result: DocumentView,
    description:
      'A party signs the French PDF whose hash it gives (its account re-authenticated by the gateway); once every party has, the signed PDF is made with its certificate page.',
  }),
  'documents.list-for-application': defineRequest({
    topic: Topics.legalTemplateRequests,
    subject: 'application id',
    data: NoData,
    result: DocumentListView,
    description:
      'The documents of an application its caller may read: the owning applicant’s and introduced investor’s own, all of them for operators.',
  }),
};
