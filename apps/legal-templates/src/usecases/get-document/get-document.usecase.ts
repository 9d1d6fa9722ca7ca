import { Injectable } from '@nestjs/common';
import type { Actor, DocumentView } from '@pollen/contracts';

import { mayRead, toDocumentView } from '../../domain/document';
import { DocumentNotFound } from '../../errors';
import { DocumentStore } from '../../repositories/document.store';

/** A document's metadata and its files' hashes, for its parties and operators (anyone else: 404). */
@Injectable()
export class GetDocument {
  constructor(private readonly documents: DocumentStore) {}

  async execute({ documentId, actor }: { documentId: string; actor: Actor }): Promise<DocumentView> {
    const document = await this.documents.findById(documentId);
    if (!document || !mayRead(document, actor)) throw new DocumentNotFound(documentId);
    return toDocumentView(document);
  }
}
