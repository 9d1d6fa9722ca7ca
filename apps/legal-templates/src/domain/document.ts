import {
  type Actor,
  DOCUMENT_CONTENT_TYPES,
  type DocumentFileFormat,
  type DocumentFormat,
  type DocumentPartyView,
  type DocumentSignatureView,
  type DocumentStatus,
  type DocumentView,
  type Locale,
  type SignerAuthentication,
  type Topics,
} from '@pollen/contracts';
import { AggregateChange, type IdempotentAggregate } from '@pollen/platform/mongo';

import type { AgreementTerm } from './retention';

export interface DocumentFile {
  format: DocumentFileFormat;
  contentType: string;
  bytes: number;
  sha256: string;
}

/** A party the document binds, with the account that signs for it (none: an operator signs, for a funder). */
export interface DocumentParty extends DocumentPartyView {
  accountId?: string;
}

/**
 * One party's signature as its parties see it, with what identifies the act (art. 1367 Code civil).
 * After its signer's erasure only what the signed file prints stays: no account, address or agent.
 */
export type Signature = Omit<DocumentSignatureView, 'signedAt'> & {
  signedAt: Date;
  accountId?: string;
  authentication: SignerAuthentication;
  clientIp?: string;
  userAgent?: string;
};

/** One generated document: the template version and language it came from, and its files' hashes. */
export interface LegalDocument extends IdempotentAggregate {
  templateKey: string;
  templateVersion: string;
  locale: Locale;
  title: string;
  applicationId?: string;
  matchId?: string;
  status: DocumentStatus;
  parties: DocumentParty[];
  /** The accounts that may read it beside operators: the owning applicant, the introduced investor. */
  readers: string[];
  binding: boolean;
  translationOf?: string;
  /** Absent on documents recorded before signatures: none. */
  signatures?: Signature[];
  files: DocumentFile[];
  /** How long the agreement runs, from the variables it was made with: its retention runs from its end. */
  term?: AgreementTerm;
  /** Set when a party was erased and the law keeps the signed agreement: the sweep deletes it then. */
  retainedUntil?: Date;
  legalBasis?: string;
  /** The erasures that kept it (ids only): a repeated erasure lists it again. */
  keptFor?: string[];
  createdAt: Date;
}

export class DocumentChange extends AggregateChange<LegalDocument, (typeof Topics)['documentEvents']['name']> {}

export type GeneratedDocument = Omit<
  LegalDocument,
  | 'status'
  | 'files'
  | 'version'
  | 'appliedRequestIds'
  | 'createdAt'
  | 'signatures'
  | 'retainedUntil'
  | 'legalBasis'
  | 'keptFor'
> & {
  files: { format: DocumentFormat; bytes: number; sha256: string }[];
};

/** One document to make: which template, in which language, with what, for whom. */
export type DocumentOrder = Omit<GeneratedDocument, 'templateVersion' | 'title' | 'files' | 'locale' | 'term'> & {
  templateKey: string;
  /** A published version; the template's latest published one when left out. */
  templateVersion?: string;
  locale: Locale;
  variables: Record<string, unknown>;
};

/** Operators read every document; its parties read their own; anyone else never learns it exists. */
export const mayRead = (document: LegalDocument, actor: Actor): boolean =>
  // Documents recorded before parties read theirs name no readers.
  actor.roles.includes('operator') || (document.readers ?? []).includes(actor.id);

/** The change that records a generated document, with `document.generated`. */
export function generatedDocument(generated: GeneratedDocument, requestId: string, at: Date): DocumentChange {
  const { id, files, ...source } = generated;
  const fresh: LegalDocument = {
    id,
    ...source,
    status: 'generated',
    files: files.map((file) => ({ ...file, contentType: DOCUMENT_CONTENT_TYPES[file.format] })),
    version: 0,
    appliedRequestIds: [],
    createdAt: at,
  };
  const change = new DocumentChange(fresh, requestId, at);
  change.emit('document.generated', {
    documentId: id,
    templateKey: source.templateKey,
    templateVersion: source.templateVersion,
    locale: source.locale,
    ...(source.applicationId ? { applicationId: source.applicationId } : {}),
    ...(source.matchId ? { matchId: source.matchId } : {}),
    title: source.title,
    readers: source.readers,
    binding: source.binding,
    ...(source.translationOf ? { translationOf: source.translationOf } : {}),
    files,
  });
  return change;
}

export function toDocumentView(document: LegalDocument): DocumentView {
  return {
    id: document.id,
    templateKey: document.templateKey,
    templateVersion: document.templateVersion,
    locale: document.locale,
    title: document.title,
    ...(document.applicationId ? { applicationId: document.applicationId } : {}),
    ...(document.matchId ? { matchId: document.matchId } : {}),
    status: document.status,
    // Documents recorded before deals made theirs name no parties; only the French ones bind.
    parties: (document.parties ?? []).map(({ accountId: _account, ...party }) => party),
    binding: document.binding ?? document.locale === 'fr',
    signatures: (document.signatures ?? []).map(
      ({ accountId: _account, authentication: _how, clientIp: _ip, userAgent: _agent, signedAt, ...shown }) => ({
        ...shown,
        signedAt: signedAt.toISOString(),
      }),
    ),
    ...(document.translationOf ? { translationOf: document.translationOf } : {}),
    files: document.files,
    createdAt: document.createdAt.toISOString(),
  };
}

/** « Accord de confidentialité » → `accord-de-confidentialite-fr.pdf` (signed: `…-fr-signe.pdf`): what a download is saved as. */
export function fileNameOf(document: LegalDocument, format: DocumentFileFormat): string {
  const slug = document.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const name = `${slug || 'document'}-${document.locale}`;
  return format === 'signed-pdf' ? `${name}-signe.pdf` : `${name}.${format}`;
}
