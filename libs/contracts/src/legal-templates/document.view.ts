import type { Locale } from '../messaging/request-reply';
import type { DocumentFileFormat, DocumentPartyRole, DocumentStatus } from './codes';

/** One file of a document, with the hash that proves its bytes. */
export class DocumentFileView {
  format: DocumentFileFormat;
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

/** One party's signature: who signed for it, in which capacity, when, over which PDF. */
export class DocumentSignatureView {
  role: DocumentPartyRole;
  fullName: string;
  capacity: string;
  /** The organisation bound, as the agreement names it. */
  organisation: string;
  siren?: string;
  signedAt: string;
  /** The SHA-256 of the French PDF signed. */
  sha256: string;
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
  status: DocumentStatus;
  /** The organisations the agreement binds (none for a document an operator generated without a deal). */
  parties: DocumentPartyView[];
  /** True for the French version, the one that binds and is signed; an English one is a translation. */
  binding: boolean;
  /** For a translation: the French document it translates. */
  translationOf?: string;
  /** Who signed, for which party, what: each party once; `status` is `signed` once all have. */
  signatures: DocumentSignatureView[];
  /** The files: the generated formats, and `signed-pdf` once signed (the French PDF with its certificate page). */
  files: DocumentFileView[];
  createdAt: string;
}

/** `GET /v1/applications/{id}/documents`: the application's documents the caller may read, the oldest first. */
export class DocumentListView {
  items: DocumentView[];
}

/** One piece of a file's bytes, as the gateway reads a file to stream it (not an HTTP answer). */
export class DocumentChunkView {
  format: DocumentFileFormat;
  contentType: string;
  fileName: string;
  sha256: string;
  totalBytes: number;
  offset: number;
  /** The bytes from `offset`, base64. */
  data: string;
}
