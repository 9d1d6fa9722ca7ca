import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import {
  type Actor,
  assertOperator,
  DOCUMENT_FORMATS,
  type DocumentView,
  type GenerateDocumentDto,
} from '@pollen/contracts';

import { generatedDocument, toDocumentView } from '../../domain/document';
import { renderedFiles } from '../../domain/rendered-html';
import { type TemplateVersion, templateVersionId } from '../../domain/template-version';
import { DocumentExists, DocumentNotFound, TemplateNotFound } from '../../errors';
import { assertVariablesMatch } from '../../rendering/variables-schema';
import { DocumentFileStore, DocumentStore } from '../../repositories/document.store';
import { TemplateVersionStore } from '../../repositories/template-version.store';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * An operator generates a document from a published template: the variables checked against its
 * schema, the body rendered in the sandbox to HTML, PDF and DOCX, the files stored with their
 * SHA-256, then the document and its `document.generated` in one write. A redelivered request
 * finds the document its first delivery wrote.
 */
@Injectable()
export class GenerateDocument {
  constructor(
    private readonly templates: TemplateVersionStore,
    private readonly documents: DocumentStore,
    private readonly files: DocumentFileStore,
  ) {}

  async execute(command: {
    documentId: string;
    requestId: string;
    actor: Actor;
    request: GenerateDocumentDto;
  }): Promise<DocumentView> {
    assertOperator(command.actor);
    const { documentId, request } = command;
    const written = await this.documents.findById(documentId);
    if (written) return toDocumentView(written);
    const version = await this.publishedVersion(request.templateKey, request.version);
    assertVariablesMatch(version.schema, request.variables);
    const rendered = await renderedFiles(version, request.locale, request.variables, DOCUMENT_FORMATS);
    const files = DOCUMENT_FORMATS.map((format) => {
      const bytes = rendered[format] ?? new Uint8Array();
      return { format, bytes, sha256: sha256(bytes) };
    });
    // The bytes first: a document is never recorded without its files.
    await this.files.save(documentId, files);
    const change = generatedDocument(
      {
        id: documentId,
        templateKey: version.key,
        templateVersion: version.semver,
        locale: request.locale,
        title: version.title[request.locale],
        ...(request.applicationId ? { applicationId: request.applicationId } : {}),
        files: files.map(({ format, bytes, sha256: hash }) => ({ format, bytes: bytes.byteLength, sha256: hash })),
      },
      command.requestId,
      new Date(),
    );
    try {
      await this.documents.insert(change.next, change.events);
      return toDocumentView(change.next);
    } catch (error) {
      if (!(error instanceof DocumentExists)) throw error;
      const first = await this.documents.findById(documentId);
      if (!first) throw new DocumentNotFound(documentId);
      return toDocumentView(first);
    }
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
