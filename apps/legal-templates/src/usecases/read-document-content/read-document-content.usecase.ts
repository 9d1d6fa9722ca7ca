import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type DocumentChunkView,
  type DocumentFileFormat,
  DomainException,
  fieldError,
} from '@pollen/contracts';

import { fileNameOf, mayRead } from '../../domain/document';
import { DocumentNotFound } from '../../errors';
import { DocumentFileStore, DocumentStore } from '../../repositories/document.store';

/** What one reply carries: well under Kafka's message size, base64 included. */
export const CHUNK_BYTES = 512 * 1024;

/**
 * A piece of one of a document's files, from an offset, with what the download needs (type,
 * name, hash, size): the gateway asks piece after piece and joins them (its parties and operators).
 */
@Injectable()
export class ReadDocumentContent {
  constructor(
    private readonly documents: DocumentStore,
    private readonly files: DocumentFileStore,
  ) {}

  async execute(query: {
    documentId: string;
    format: DocumentFileFormat;
    offset: number;
    actor: Actor;
  }): Promise<DocumentChunkView> {
    const document = await this.documents.findById(query.documentId);
    const file = document?.files.find((candidate) => candidate.format === query.format);
    if (!document || !file || !mayRead(document, query.actor)) throw new DocumentNotFound(query.documentId);
    const bytes = await this.files.read(query.documentId, file.format, file.sha256);
    // The files are written before the document: one missing is a fault of ours, not the caller's.
    if (!bytes) throw new Error(`document ${document.id}: its ${file.format} file is missing`);
    if (query.offset > bytes.byteLength) {
      throw DomainException.validation([
        fieldError('offset', 'max', `offset is past the file's ${bytes.byteLength} bytes`),
      ]);
    }
    return {
      format: file.format,
      contentType: file.contentType,
      fileName: fileNameOf(document, file.format),
      sha256: file.sha256,
      totalBytes: bytes.byteLength,
      offset: query.offset,
      data: bytes.subarray(query.offset, query.offset + CHUNK_BYTES).toString('base64'),
    };
  }
}
