import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, type DocumentView } from '@pollen/contracts';

import { toDocumentView } from '../../domain/document';
import { DocumentNotFound } from '../../errors';
import { DocumentStore } from '../../repositories/document.store';

/** A document's metadata and its files' hashes, for operators. */
@Injectable()
export class GetDocument {
  constructor(private readonly documents: DocumentStore) {}

  async execute({ documentId, actor }: { documentId: string; actor: Actor }): Promise<DocumentView> {
    assertOperator(actor);
    const document = await this.documents.findById(documentId);
    if (!document) throw new DocumentNotFound(documentId);
    return toDocumentView(document);
  }
}
