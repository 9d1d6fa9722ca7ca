import { Injectable } from '@nestjs/common';
import { type Actor, type DocumentListView, DomainException } from '@pollen/contracts';

import { mayRead, toDocumentView } from '../../domain/document';
import { DealFactsStore } from '../../repositories/deal-facts.store';
import { DocumentStore } from '../../repositories/document.store';

/**
 * An application's documents its caller may read, the oldest first: all of them for operators,
 * their own for its parties. Anyone else learns nothing, not even that the application exists (404).
 */
@Injectable()
export class ListApplicationDocuments {
  constructor(
    private readonly documents: DocumentStore,
    private readonly deals: DealFactsStore,
  ) {}

  async execute({ applicationId, actor }: { applicationId: string; actor: Actor }): Promise<DocumentListView> {
    const readable = (await this.documents.ofApplication(applicationId)).filter((document) => mayRead(document, actor));
    if (readable.length === 0 && !actor.roles.includes('operator')) {
      const application = await this.deals.application(applicationId);
      if (application?.ownerId !== actor.id) {
        throw new DomainException('application.not-found', `No application ${applicationId}`);
      }
    }
    return { items: readable.map(toDocumentView) };
  }
}
