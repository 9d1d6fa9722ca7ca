import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { type Actor, DOCUMENT_CONTENT_TYPES, type DocumentView, type SignDocumentRequest } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { DocumentChange, type LegalDocument, mayRead, type Signature, toDocumentView } from '../../domain/document';
import { everyPartySigned, signerRole } from '../../domain/signing';
import { DocumentAlreadySigned, DocumentHashMismatch, DocumentNotFound, DocumentNotSignable } from '../../errors';
import { withCertificatePage } from '../../rendering/certificate';
import { DocumentFileStore, DocumentStore } from '../../repositories/document.store';

/**
 * A party signs the French PDF it has read (the gateway checked its password): the signature is
 * recorded with what identifies the act; once every party has signed, the signed PDF — the French
 * one and a certificate page — is stored, the document is `signed`, and `document.signed` says so.
 * One key's requests are handled in order, so two parties never sign the same document at once.
 */
@Injectable()
export class SignDocument {
  constructor(
    private readonly documents: DocumentStore,
    private readonly files: DocumentFileStore,
  ) {}

  async execute(command: {
    documentId: string;
    requestId: string;
    actor: Actor;
    request: SignDocumentRequest;
  }): Promise<DocumentView> {
    const { documentId, actor, request } = command;
    const signed = await runCommand({
      store: this.documents,
      load: async () => {
        const document = await this.documents.findById(documentId);
        if (!document || !mayRead(document, actor)) throw new DocumentNotFound(documentId);
        return document;
      },
      requestId: command.requestId,
      apply: async (current) => {
        // Its reader may know it is no agreement between parties (a translation, an operator's own document).
        if (!current.binding || (current.parties ?? []).length === 0) throw new DocumentNotSignable(documentId);
        const role = signerRole(current, actor);
        // An operator reads every document, but signs only for a funder: to anyone else, no such document.
        if (!role) throw new DocumentNotFound(documentId);
        if (current.status === 'signed' || current.signatures?.some((signature) => signature.role === role)) {
          throw new DocumentAlreadySigned(role);
        }
        const pdf = current.files.find((file) => file.format === 'pdf');
        if (!pdf || request.sha256 !== pdf.sha256) throw new DocumentHashMismatch(request.sha256);
        const at = new Date();
        const party = current.parties.find((candidate) => candidate.role === role);
        const signature: Signature = {
          role,
          accountId: actor.id,
          fullName: request.fullName.trim(),
          capacity: request.capacity.trim(),
          organisation: party?.name ?? '',
          ...(party?.siren ? { siren: party.siren } : {}),
          signedAt: at,
          sha256: pdf.sha256,
          authentication: request.authentication,
          clientIp: request.clientIp,
          ...(request.userAgent ? { userAgent: request.userAgent } : {}),
        };
        const change = new DocumentChange(current, command.requestId, at);
        change.next.signatures = [...(current.signatures ?? []), signature];
        if (everyPartySigned(change.next)) await this.complete(change, pdf.sha256);
        return change;
      },
      concurrentChange: () => new Error(`document ${documentId} changed while it was signed`),
    });
    return toDocumentView(signed);
  }

  /** The last signature: the signed PDF, stored before the document says it is signed. */
  private async complete(change: DocumentChange, signedSha256: string): Promise<void> {
    const document: LegalDocument = change.next;
    const french = await this.files.read(document.id, 'pdf', signedSha256);
    if (!french) throw new Error(`document ${document.id}: its pdf file is missing`);
    const bytes = await withCertificatePage(french, {
      title: document.title,
      documentId: document.id,
      signedSha256,
      signatures: (document.signatures ?? []).map((signature) => ({
        organisation: signature.organisation,
        ...(signature.siren ? { siren: signature.siren } : {}),
        fullName: signature.fullName,
        capacity: signature.capacity,
        signedAt: signature.signedAt,
        authentication: signature.authentication,
        // Every signature of a document being signed has its address: none was erased yet.
        clientIp: signature.clientIp ?? '',
      })),
    });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.files.save(document.id, [{ format: 'signed-pdf', sha256, bytes }]);
    document.status = 'signed';
    document.files = [
      ...document.files,
      {
        format: 'signed-pdf',
        contentType: DOCUMENT_CONTENT_TYPES['signed-pdf'],
        bytes: bytes.byteLength,
        sha256,
      },
    ];
    change.emit('document.signed', {
      documentId: document.id,
      ...(document.applicationId ? { applicationId: document.applicationId } : {}),
      ...(document.matchId ? { matchId: document.matchId } : {}),
      title: document.title,
      readers: document.readers ?? [],
      templateKey: document.templateKey,
      signedSha256,
      sha256,
      signatures: (document.signatures ?? []).map((signature) => ({
        role: signature.role,
        signedAt: signature.signedAt.toISOString(),
      })),
    });
  }
}
