import type { DocumentFormat, EventEnvelope } from '@pollen/contracts';

import type { LegalDocument } from '../domain/document';

/** The port use cases keep documents through; DocumentRepository is the MongoDB adapter. */
export abstract class DocumentStore {
  abstract findById(id: string): Promise<LegalDocument | null>;
  /** Writes a new document with its `document.generated`; one with the same id is DocumentExists. */
  abstract insert(document: LegalDocument, events: EventEnvelope[]): Promise<void>;
}

/** The port of the files' bytes, kept apart from the documents. */
export abstract class DocumentFileStore {
  /** Writes each file of a document; writing the same again changes nothing. */
  abstract save(documentId: string, files: Partial<Record<DocumentFormat, Uint8Array>>): Promise<void>;
  abstract read(documentId: string, format: DocumentFormat): Promise<Buffer | null>;
}
