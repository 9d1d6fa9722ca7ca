import type { DocumentFileFormat } from '@pollen/contracts';
import { InMemoryAggregateStore } from '@pollen/testing';

import type { LegalDocument } from '../../src/domain/document';
import { DocumentExists } from '../../src/errors';
import { DocumentFileStore, type DocumentStore, type StoredFile } from '../../src/repositories/document.store';

/** The document store port in memory, for unit tests: what was written, and the events. */
export class InMemoryDocumentStore extends InMemoryAggregateStore<LegalDocument> implements DocumentStore {
  protected conflictOf(document: LegalDocument, others: LegalDocument[], inserting: boolean): Error | undefined {
    return inserting && others.some((other) => other.id === document.id) ? new DocumentExists(document.id) : undefined;
  }

  async ofApplication(applicationId: string): Promise<LegalDocument[]> {
    return this.all()
      .filter((document) => document.applicationId === applicationId)
      .sort(
        (a, b) =>
          a.createdAt.getTime() - b.createdAt.getTime() ||
          Number(b.binding) - Number(a.binding) ||
          a.id.localeCompare(b.id),
      );
  }

  async ofAccount(accountId: string): Promise<LegalDocument[]> {
    return this.all().filter(
      (document) =>
        document.readers.includes(accountId) ||
        document.parties.some((party) => party.accountId === accountId) ||
        (document.signatures ?? []).some((signature) => signature.accountId === accountId),
    );
  }

  async keptFor(erasureId: string): Promise<LegalDocument[]> {
    return this.all().filter((document) => document.keptFor?.includes(erasureId));
  }

  async retainedUntilBefore(now: Date, limit: number): Promise<LegalDocument[]> {
    return this.all()
      .filter((document) => document.retainedUntil && document.retainedUntil < now)
      .slice(0, limit);
  }

  async remove(id: string): Promise<void> {
    this.items.delete(id);
  }
}

export class InMemoryDocumentFileStore extends DocumentFileStore {
  readonly files = new Map<string, Buffer>();

  async save(documentId: string, files: StoredFile[]): Promise<void> {
    for (const { format, sha256, bytes } of files) {
      const key = `${documentId}:${format}:${sha256}`;
      if (!this.files.has(key)) this.files.set(key, Buffer.from(bytes));
    }
  }

  async read(documentId: string, format: DocumentFileFormat, sha256: string): Promise<Buffer | null> {
    return this.files.get(`${documentId}:${format}:${sha256}`) ?? null;
  }

  async removeOf(documentId: string): Promise<void> {
    for (const key of [...this.files.keys()]) if (key.startsWith(`${documentId}:`)) this.files.delete(key);
  }
}
