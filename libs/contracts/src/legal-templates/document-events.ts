import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

import { LOCALES } from '../accounts/account.dto';
import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import type { Locale } from '../messaging/request-reply';
import { DOCUMENT_FORMATS, DOCUMENT_PARTY_ROLES, type DocumentFormat, type DocumentPartyRole } from './codes';

export const DocumentAggregate: AggregateDefinition = {
  name: 'Document',
  idField: 'documentId',
  owner: 'legal-templates',
};

class GeneratedFile {
  @IsIn(DOCUMENT_FORMATS)
  format: DocumentFormat;

  @IsInt()
  @Min(1)
  bytes: number;

  @Matches(/^[0-9a-f]{64}$/)
  sha256: string;
}

/** What every document event names: the document, and the application and introduction it belongs to. */
class DocumentEventData {
  @IsString()
  @IsNotEmpty()
  documentId: string;

  @IsOptional()
  @IsString()
  applicationId?: string;

  /** The introduction the document belongs to, when it does. */
  @IsOptional()
  @IsString()
  matchId?: string;

  /** Its title, in its language. Absent from events recorded before titles travelled. */
  @IsOptional()
  @IsString()
  title?: string;

  /** The accounts of its parties, who read it and are told about it (operators read every document). */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  readers?: string[];
}

/**
 * The data of document.generated: which template made it, for which application, and the hash of
 * each file. No person's name or contact: the files hold those, the topic is kept forever.
 */
export class DocumentGeneratedData extends DocumentEventData {
  @IsString()
  @IsNotEmpty()
  templateKey: string;

  @IsString()
  @IsNotEmpty()
  templateVersion: string;

  @IsIn(LOCALES)
  locale: Locale;

  /** True for the French document, the one signed; false for a translation (absent: written before). */
  @IsOptional()
  @IsBoolean()
  binding?: boolean;

  /** For a translation: the French document it translates. */
  @IsOptional()
  @IsString()
  translationOf?: string;

  @ValidateNested({ each: true })
  @Type(() => GeneratedFile)
  files: GeneratedFile[];
}

class SignedBy {
  @IsIn(DOCUMENT_PARTY_ROLES)
  role: DocumentPartyRole;

  @IsISO8601({ strict: true })
  signedAt: string;
}

/**
 * The data of document.signed: every party signed the French PDF whose hash it names; the signed
 * PDF (with its certificate page) has its own. No signer's name: the document holds it.
 */
export class DocumentSignedData extends DocumentEventData {
  @IsString()
  @IsNotEmpty()
  templateKey: string;

  /** The SHA-256 of the French PDF every party signed. */
  @Matches(/^[0-9a-f]{64}$/)
  signedSha256: string;

  /** The SHA-256 of the signed PDF: the French PDF and its certificate page. */
  @Matches(/^[0-9a-f]{64}$/)
  sha256: string;

  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => SignedBy)
  signatures: SignedBy[];
}

export const DocumentEvents = {
  'document.generated': defineEvent({
    topic: Topics.documentEvents,
    aggregate: DocumentAggregate,
    data: DocumentGeneratedData,
    // Through the events these requests emit, for the deal's documents.
    emittedBy: ['documents.generate', 'matches.accept', 'applications.decide'],
    description:
      'A document was generated from a published template in HTML, PDF and DOCX, by an operator or a step of a deal (an introduction, a funded decision); each file’s SHA-256. Carries the application and introduction when the document has them, and whether it binds or translates one that does.',
  }),
  'document.signed': defineEvent({
    topic: Topics.documentEvents,
    aggregate: DocumentAggregate,
    data: DocumentSignedData,
    emittedBy: ['documents.sign'],
    description:
      'Every party signed the French PDF of an agreement: the hash they signed, the signed PDF’s (with its certificate page), and when each party signed.',
  }),
};
