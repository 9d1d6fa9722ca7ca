import type { DocumentFileFormat, EventEnvelope } from '@pollen/contracts';

import type { LegalDocument } from '../domain/document';

/** The port use cases keep documents through; DocumentRepository is the MongoDB adapter. */
export abstract class DocumentStore {
  abstract findById(id: string): Promise<LegalDocument | null>;
  /** Writes a new document with its `document.generated`; one with the same id is DocumentExists. */
  abstract insert(document: LegalDocument, events: EventEnvelope[]): Promise<void>;
  /** Writes the document's next state if it is still at `expectedVersion` (false otherwise). */
  abstract update(document: LegalDocument, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
  /** An application's documents, the oldest first (an application has a handful). */
  abstract ofApplication(applicationId: string): Promise<LegalDocument[]>;
  /** The documents an account reads, is a party to or signed. */
  abstract ofAccount(accountId: string): Promise<LegalDocument[]>;
  /** The documents an erasure kept (see LegalDocument.keptFor). */
  abstract keptFor(erasureId: string): Promise<LegalDocument[]>;
  /** Kept documents whose retention ended before `now`, at most `limit`. */
  abstract retainedUntilBefore(now: Date, limit: number): Promise<LegalDocument[]>;
  /** Deletes the document (its files are the file store's). */
  abstract remove(id: string): Promise<void>;
}

export interface StoredFile {
  format: DocumentFileFormat;
  sha256: string;
  bytes: Uint8Array;
}

/**
 * The port of the files' bytes, kept apart from the documents and keyed by their hash too: a late
 * second delivery of a generation never replaces bytes a document already records.
 */
export abstract class DocumentFileStore {
  /** Writes each file once; writing the same again changes nothing. */
  abstract save(documentId: string, files: StoredFile[]): Promise<void>;
  abstract read(documentId: string, format: DocumentFileFormat, sha256: string): Promise<Buffer | null>;
  /** Deletes every file of the document. */
  abstract removeOf(documentId: string): Promise<void>;
}
