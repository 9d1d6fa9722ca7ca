import type { Locale } from '../messaging/request-reply';
import type { DocumentFormat, DocumentPartyRole } from './codes';

/** One file of a document, with the hash that proves its bytes. */
export class DocumentFileView {
  format: DocumentFormat;
  contentType: string;
  bytes: number;
  /** SHA-256 of the bytes, in hex: also the content's ETag. */
  sha256: string;
}

/** A party to a document's agreement: an organisation, as the document names it. */
export class DocumentPartyView {
  /** applicant: the project holder's organisation; investor: the introduced investor's; funder: a programme's operator. */
  role: DocumentPartyRole;
  name: string;
  siren?: string;
}

/** `GET /v1/documents/{id}`: what a document is, where it came from, and its files. */
export class DocumentView {
  id: string;
  templateKey: string;
  templateVersion: string;
  locale: Locale;
  title: string;
  applicationId?: string;
  /** The introduction the document belongs to, when it does. */
  matchId?: string;
  status: 'generated';
  /** The organisations the agreement binds (none for a document an operator generated without a deal). */
  parties: DocumentPartyView[];
  /** True for the French version, the one that binds and is signed; an English one is a translation. */
  binding: boolean;
  /** For a translation: the French document it translates. */
  translationOf?: string;
  files: DocumentFileView[];
  createdAt: string;
}

/** `GET /v1/applications/{id}/documents`: the application's documents the caller may read, the oldest first. */
export class DocumentListView {
  items: DocumentView[];
}

/** One piece of a file's bytes, as the gateway reads a file to stream it (not an HTTP answer). */
export class DocumentChunkView {
  format: DocumentFormat;
  contentType: string;
  fileName: string;
  sha256: string;
  totalBytes: number;
  offset: number;
  /** The bytes from `offset`, base64. */
  data: string;
}
