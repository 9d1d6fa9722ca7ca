import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DOCUMENT_FORMATS } from '@pollen/contracts';

import { type DealDocument, ordersOf } from '../domain/deal-documents';
import { type DocumentOrder, generatedDocument, type LegalDocument } from '../domain/document';
import { renderedFiles } from '../domain/rendered-html';
import { termOf } from '../domain/retention';
import { isCompatible, type TemplateVersion, templateVersionId } from '../domain/template-version';
import { DocumentExists, DocumentNotFound, TemplateNotFound } from '../errors';
import { assertVariablesMatch } from '../rendering/variables-schema';
import { DocumentFileStore, DocumentStore } from '../repositories/document.store';
import { TemplateVersionStore } from '../repositories/template-version.store';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The variables are not kept: the term is, for the retention of the agreement once signed. */
const withTerm = (variables: Record<string, unknown>) => {
  const term = termOf(variables);
  return term ? { term } : {};
};

/**
 * Makes a document, however it was asked for (an operator's request, a step of a deal): the
 * variables checked against the version's schema, the body rendered in the sandbox to HTML, PDF
 * and DOCX, the files stored with their SHA-256, then the document and its `document.generated`
 * in one write. An id already made gives back what its first making wrote.
 */
@Injectable()
export class DocumentMaker {
  constructor(
    private readonly templates: TemplateVersionStore,
    private readonly documents: DocumentStore,
    private readonly files: DocumentFileStore,
  ) {}

  async make(order: DocumentOrder, causationId: string, at: Date): Promise<LegalDocument> {
    const written = await this.documents.findById(order.id);
    if (written) return written;
    const { variables, templateVersion, ...source } = order;
    const version = await this.publishedVersion(order.templateKey, templateVersion);
    assertVariablesMatch(version.schema, variables);
    const rendered = await renderedFiles(version, order.locale, variables, DOCUMENT_FORMATS);
    const files = DOCUMENT_FORMATS.map((format) => {
      const bytes = rendered[format] ?? new Uint8Array();
      return { format, bytes, sha256: sha256(bytes) };
    });
    // The bytes first: a document is never recorded without its files.
    await this.files.save(order.id, files);
    const change = generatedDocument(
      {
        ...source,
        templateKey: version.key,
        templateVersion: version.semver,
        title: version.title[order.locale],
        ...withTerm(variables),
        files: files.map(({ format, bytes, sha256: hash }) => ({ format, bytes: bytes.byteLength, sha256: hash })),
      },
      causationId,
      at,
    );
    try {
      await this.documents.insert(change.next, change.events);
      return change.next;
    } catch (error) {
      if (!(error instanceof DocumentExists)) throw error;
      const first = await this.documents.findById(order.id);
      if (!first) throw new DocumentNotFound(order.id);
      return first;
    }
  }

  /**
   * A deal's document, in French and translated when a party chose English, both from one version:
   * the latest published that takes the variables the deal wrote for its library version.
   */
  async makeForDeal(document: DealDocument, causationId: string, at: Date): Promise<void> {
    const versions = await this.templates.versionsOf(document.templateKey);
    const version = versions.find(
      (candidate) => candidate.status === 'published' && isCompatible(candidate.semver, document.writtenFor),
    );
    if (!version) throw new TemplateNotFound(document.templateKey, document.writtenFor);
    for (const order of ordersOf(document, version.semver)) await this.make(order, causationId, at);
  }

  /** The version asked for if published, or the template's latest published one; 404 otherwise. */
  private async publishedVersion(key: string, semver: string | undefined): Promise<TemplateVersion> {
    const version = semver
      ? await this.templates.findById(templateVersionId(key, semver))
      : (await this.templates.versionsOf(key)).find((candidate) => candidate.status === 'published');
    if (version?.status !== 'published') throw new TemplateNotFound(key, semver);
    return version;
  }
}
