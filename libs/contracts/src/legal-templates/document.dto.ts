import { IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { LOCALES } from '../accounts/account.dto';
import type { Locale } from '../messaging/request-reply';
import { DOCUMENT_FORMATS, type DocumentFormat } from './codes';
import { SEMVER } from './legal-template.dto';

/** Body of `POST /v1/documents`: a published template, rendered with these variables. */
export class GenerateDocumentDto {
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '$property must be a template key' })
  @MaxLength(80)
  templateKey: string;

  /** A published version; its latest when left out. */
  @IsOptional()
  @Matches(SEMVER, { message: '$property must be a semantic version (1.0.0)' })
  version?: string;

  @IsIn(LOCALES)
  locale: Locale;

  /** The application the document belongs to, when it does. */
  @IsOptional()
  @IsUUID()
  applicationId?: string;

  /** Checked against the version's schema; every invalid field is listed in one 422. */
  @IsObject()
  variables: Record<string, unknown>;
}

/** Query of `GET /v1/documents/{id}/content`. */
export class DocumentContentQueryDto {
  @IsIn(DOCUMENT_FORMATS)
  format: DocumentFormat;
}
