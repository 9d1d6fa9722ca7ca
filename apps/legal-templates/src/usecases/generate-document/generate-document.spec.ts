import { createHash } from 'node:crypto';

import type { Actor } from '@pollen/contracts';

import { anApplication, OWNER_ID } from '../../../test/factories/deal-facts.factory';
import { aTemplateDraft, GRANT_VARIABLES } from '../../../test/factories/template-version.factory';
import { InMemoryDealFactsStore } from '../../../test/fakes/in-memory-deal-facts.store';
import { InMemoryDocumentFileStore, InMemoryDocumentStore } from '../../../test/fakes/in-memory-document.store';
import { InMemoryTemplateVersionStore } from '../../../test/fakes/in-memory-template-version.store';
import { newDraft } from '../../domain/template-version';
import { DocumentMaker } from '../document-maker';
import { GetDocument } from '../get-document/get-document.usecase';
import { CHUNK_BYTES, ReadDocumentContent } from '../read-document-content/read-document-content.usecase';
import { GenerateDocument } from './generate-document.usecase';

describe('GenerateDocument', () => {
  const operator: Actor = { id: 'ops', roles: ['operator'] };
  const applicant: Actor = { id: 'applicant-1', roles: ['applicant'] };
  let templates: InMemoryTemplateVersionStore;
  let documents: InMemoryDocumentStore;
  let files: InMemoryDocumentFileStore;
  let generate: GenerateDocument;

  beforeEach(async () => {
    templates = new InMemoryTemplateVersionStore();
    documents = new InMemoryDocumentStore();
    files = new InMemoryDocumentFileStore();
    const deals = new InMemoryDealFactsStore();
    await deals.saveApplication(anApplication());
    generate = new GenerateDocument(new DocumentMaker(templates, documents, files), deals);
    const { key, ...draft } = aTemplateDraft();
    await templates.insert(
      { ...newDraft(key, draft, 'r1', new Date()), status: 'published', publishedAt: new Date() },
      [],
    );
    const { key: _key, ...next } = aTemplateDraft({ version: '1.1.0' });
    await templates.insert(newDraft(key, next, 'r2', new Date()), []);
  });

  const request = (overrides = {}) => ({
    templateKey: 'convention-regionale',
    locale: 'fr' as const,
    applicationId: '6f1c2a4e-3b5d-4e8f-9a0b-1c2d3e4f5a6b',
    variables: GRANT_VARIABLES,
    ...overrides,
  });

  it('renders the latest published version to HTML, PDF and DOCX, storing each file with its SHA-256', async () => {
    const document = await generate.execute({
      documentId: 'doc-1',
      requestId: 'req-1',
      actor: operator,
      request: request(),
    });

    expect(document).toMatchObject({
      id: 'doc-1',
      templateKey: 'convention-regionale',
      templateVersion: '1.0.0',
      locale: 'fr',
      title: 'Convention de subvention',
      applicationId: '6f1c2a4e-3b5d-4e8f-9a0b-1c2d3e4f5a6b',
      status: 'generated',
    });
    expect(document.files.map((file) => [file.format, file.contentType])).toEqual([
      ['html', 'text/html; charset=utf-8'],
      ['pdf', 'application/pdf'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    for (const file of document.files) {
      const bytes = (await files.read('doc-1', file.format, file.sha256)) ?? Buffer.alloc(0);
      expect([bytes.byteLength, createHash('sha256').update(bytes).digest('hex')]).toEqual([file.bytes, file.sha256]);
    }
    expect(documents.events).toEqual([
      expect.objectContaining({
        type: 'document.generated',
        subject: 'doc-1',
        data: expect.objectContaining({ templateKey: 'convention-regionale', applicationId: request().applicationId }),
      }),
    ]);
    expect(JSON.stringify(documents.events)).not.toContain('Atelier Vélo Solidaire');
  });

  it('gives the same hashes for the same inputs, and answers a redelivered request with the first document', async () => {
    const first = await generate.execute({
      documentId: 'doc-1',
      requestId: 'req-1',
      actor: operator,
      request: request(),
    });
    const other = await generate.execute({
      documentId: 'doc-2',
      requestId: 'req-2',
      actor: operator,
      request: request(),
    });
    const again = await generate.execute({
      documentId: 'doc-1',
      requestId: 'req-1',
      actor: operator,
      request: request(),
    });

    expect(other.files.map((file) => file.sha256)).toEqual(first.files.map((file) => file.sha256));
    expect(again).toEqual(first);
    expect(documents.events).toHaveLength(2);
    // Each file once per document and hash: a late delivery never replaces recorded bytes.
    expect(files.files.size).toBe(6);
  });

  it('refuses a draft version, invalid variables, and anyone but operators', async () => {
    await expect(
      generate.execute({ documentId: 'd', requestId: 'r', actor: operator, request: request({ version: '1.1.0' }) }),
    ).rejects.toMatchObject({ reason: 'template.not-found' });
    await expect(
      generate.execute({ documentId: 'd', requestId: 'r', actor: operator, request: request({ variables: {} }) }),
    ).rejects.toMatchObject({ reason: 'template.invalid-variables' });
    await expect(
      generate.execute({ documentId: 'd', requestId: 'r', actor: applicant, request: request() }),
    ).rejects.toMatchObject({ reason: 'auth.operators-only' });
    await expect(
      generate.execute({
        documentId: 'd',
        requestId: 'r',
        actor: operator,
        request: request({ applicationId: '0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c' }),
      }),
    ).rejects.toMatchObject({ reason: 'application.not-found' });
    expect(files.files.size).toBe(0);
  });

  it('lets the application’s owner read it, and no one else but operators', async () => {
    await generate.execute({ documentId: 'doc-1', requestId: 'req-1', actor: operator, request: request() });
    const get = new GetDocument(documents);

    await expect(
      get.execute({ documentId: 'doc-1', actor: { id: OWNER_ID, roles: ['applicant'] } }),
    ).resolves.toMatchObject({ id: 'doc-1', parties: [], binding: true });
    await expect(get.execute({ documentId: 'doc-1', actor: applicant })).rejects.toMatchObject({
      reason: 'document.not-found',
    });
  });

  it('reads a document back, and its files piece by piece with a readable name', async () => {
    await generate.execute({ documentId: 'doc-1', requestId: 'req-1', actor: operator, request: request() });

    await expect(new GetDocument(documents).execute({ documentId: 'doc-1', actor: operator })).resolves.toMatchObject({
      id: 'doc-1',
    });
    await expect(new GetDocument(documents).execute({ documentId: 'nope', actor: operator })).rejects.toMatchObject({
      reason: 'document.not-found',
    });
    const read = new ReadDocumentContent(documents, files);
    const chunk = await read.execute({ documentId: 'doc-1', format: 'pdf', offset: 0, actor: operator });
    expect(chunk).toMatchObject({ contentType: 'application/pdf', fileName: 'convention-de-subvention-fr.pdf' });
    expect(Buffer.from(chunk.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(chunk.data, 'base64').byteLength).toBe(Math.min(chunk.totalBytes, CHUNK_BYTES));
    await expect(
      read.execute({ documentId: 'doc-1', format: 'pdf', offset: chunk.totalBytes + 1, actor: operator }),
    ).rejects.toMatchObject({ extras: { errors: [expect.objectContaining({ field: 'offset' })] } });
  });
});
