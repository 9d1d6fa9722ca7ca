import { Equals, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { LOCALES } from '../accounts/account.dto';
import type { Locale } from '../messaging/request-reply';
import { DOCUMENT_FILE_FORMATS, type DocumentFileFormat } from './codes';
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

/** Query of `GET /v1/documents/{id}/content`: a generated format, or `signed-pdf` once signed. */
export class DocumentContentQueryDto {
  @IsIn(DOCUMENT_FILE_FORMATS)
  format: DocumentFileFormat;
}

/** What a signer declares: who they are, for whom they sign, and what they have read. */
export class SignatureDeclaration {
  /** The signer's full name, as on their identity document. */
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @Matches(/^\P{C}*$/u, { message: '$property must be one line of text' })
  @MaxLength(200)
  fullName: string;

  /** Their role in the organisation they bind: « Présidente », « Gérant », « Directrice générale ». */
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @Matches(/^\P{C}*$/u, { message: '$property must be one line of text' })
  @MaxLength(100)
  capacity: string;

  /** They consent to sign, and attest their power to bind the organisation. */
  @Equals(true, { message: '$property must be true: signing needs your consent' })
  consent: true;

  /** The SHA-256 of the French PDF they have read (its ETag): another one is 412. */
  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be a SHA-256 in lowercase hex' })
  sha256: string;
}

/** Body of `POST /v1/documents/{id}/sign`: the declaration, and the signer's password again. */
export class SignDocumentDto extends SignatureDeclaration {
  /** Checked by the gateway at that moment (art. 1367 Code civil): never sent further. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}
