import { Injectable, Logger } from '@nestjs/common';

import { DocumentFileStore, DocumentStore } from '../../repositories/document.store';

/** Documents deleted at once, at most: the rest in the next pass, at once. */
const BATCH = 50;

/**
 * Deletes, with their files, the signed agreements kept after a party's erasure once their
 * retention ended (retainedUntil): the law no longer asks for them, so nothing keeps them.
 */
@Injectable()
export class SweepRetainedDocuments {
  private readonly logger = new Logger(SweepRetainedDocuments.name);

  constructor(
    private readonly documents: DocumentStore,
    private readonly files: DocumentFileStore,
  ) {}

  /** @returns whether more may be due at once. */
  async runDue(now = new Date()): Promise<boolean> {
    const due = await this.documents.retainedUntilBefore(now, BATCH);
    for (const document of due) {
      // The files first: a document is never left pointing at nothing, and a retry finds it again.
      await this.files.removeOf(document.id);
      await this.documents.remove(document.id);
    }
    if (due.length > 0) this.logger.log({ count: due.length }, 'kept documents deleted at the end of their retention');
    return due.length === BATCH;
  }
}
