import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { DocumentFileFormat } from '@pollen/contracts';
import { type AggregateDocument, AggregateRepository, OutboxRelay } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { LegalDocument } from '../domain/document';
import { DocumentExists } from '../errors';
import { DOCUMENT_FILE_MODEL, DOCUMENT_MODEL } from '../schemas/document.schema';
import { DocumentFileStore, type DocumentStore, type StoredFile } from './document.store';

/** The only code that touches the documents collection; the base does the writes. */
@Injectable()
export class DocumentRepository extends AggregateRepository<LegalDocument> implements DocumentStore {
  constructor(@InjectModel(DOCUMENT_MODEL) model: Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  protected async conflictOf(document: LegalDocument): Promise<Error> {
    return new DocumentExists(document.id);
  }

  ofApplication(applicationId: string): Promise<LegalDocument[]> {
    // A translation is made with its French document: the French one first.
    return this.findMany({ applicationId: { $eq: applicationId } }, { createdAt: 1, binding: -1, _id: 1 }, 500);
  }

  ofAccount(accountId: string): Promise<LegalDocument[]> {
    // Documents recorded before readers were kept name the account only as a party or a signer.
    const filter = {
      $or: [
        { readers: { $eq: accountId } },
        { 'parties.accountId': { $eq: accountId } },
        { 'signatures.accountId': { $eq: accountId } },
      ],
    };
    return this.findMany(filter, { createdAt: 1, _id: 1 }, 0);
  }

  keptFor(erasureId: string): Promise<LegalDocument[]> {
    return this.findMany({ keptFor: { $eq: erasureId } }, { createdAt: 1, _id: 1 }, 0);
  }

  retainedUntilBefore(now: Date, limit: number): Promise<LegalDocument[]> {
    return this.findMany({ retainedUntil: { $lt: now } }, { retainedUntil: 1, _id: 1 }, limit);
  }

  async remove(id: string): Promise<void> {
    await this.relay.mutex.run(id, () => this.model.deleteOne({ _id: { $eq: id } }));
  }
}

interface DocumentFileDocument {
  _id: string;
  documentId: string;
  format: DocumentFileFormat;
  data: Buffer;
}

/** The only code that touches the document_files collection. */
@Injectable()
export class DocumentFileRepository extends DocumentFileStore {
  constructor(@InjectModel(DOCUMENT_FILE_MODEL) private readonly model: Model<DocumentFileDocument>) {
    super();
  }

  async save(documentId: string, files: StoredFile[]): Promise<void> {
    for (const { format, sha256, bytes } of files) {
      await this.model.updateOne(
        { _id: `${documentId}:${format}:${sha256}` },
        { $setOnInsert: { documentId, format, data: Buffer.from(bytes) } },
        { upsert: true },
      );
    }
  }

  async read(documentId: string, format: DocumentFileFormat, sha256: string): Promise<Buffer | null> {
    const file = await this.model.findById(`${documentId}:${format}:${sha256}`, { data: 1 }).lean();
    if (!file) return null;
    // lean() gives BSON Binary; its buffer is the bytes.
    const data = file.data as unknown as Buffer | { buffer: Uint8Array };
    return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer);
  }

  async removeOf(documentId: string): Promise<void> {
    await this.model.deleteMany({ documentId: { $eq: documentId } });
  }
}
