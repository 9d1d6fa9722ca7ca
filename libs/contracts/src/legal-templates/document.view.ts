import type { Locale } from '../messaging/request-reply';
import type { DocumentFormat } from './codes';

/** One file of a document, with the hash that proves its bytes. */
export class DocumentFileView {
  format: DocumentFormat;
  contentType: string;
  bytes: number;
  /** SHA-256 of the bytes, in hex: also the content's ETag. */
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
  status: 'generated';
  files: DocumentFileView[];
  createdAt: string;
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
