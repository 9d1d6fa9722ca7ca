import type { Actor, ApplicationDecidedData } from '@pollen/contracts';
import { InMemoryAccountLocaleStore, RecordingErasureLog } from '@pollen/testing';
import { pdfText } from '@pollen/testing';

import {
  anApplication,
  anInvestor,
  APPLICATION_ID,
  aProgramme,
  introducedData,
  INVESTOR_ID,
  OWNER_ID,
  PROGRAMME_ID,
  publishLibrary,
} from '../../../test/factories/deal-facts.factory';
import { InMemoryDealFactsStore } from '../../../test/fakes/in-memory-deal-facts.store';
import { InMemoryDocumentFileStore, InMemoryDocumentStore } from '../../../test/fakes/in-memory-document.store';
import { InMemoryTemplateVersionStore } from '../../../test/fakes/in-memory-template-version.store';
import type { LegalDocument } from '../../domain/document';
import { GenerateFundingAgreement } from '../deal-documents/generate-funding-agreement.usecase';
import { GenerateIntroductionDocuments } from '../deal-documents/generate-introduction-documents.usecase';
import { DocumentMaker } from '../document-maker';
import { SignDocument } from './sign-document.usecase';

const owner: Actor = { id: OWNER_ID, roles: ['applicant'] };
const investor: Actor = { id: INVESTOR_ID, roles: ['investor'] };
const operator: Actor = { id: 'ops', roles: ['operator'] };

describe('SignDocument', () => {
  let documents: InMemoryDocumentStore;
  let files: InMemoryDocumentFileStore;
  let deals: InMemoryDealFactsStore;
  let maker: DocumentMaker;
  let sign: SignDocument;
  let requests = 0;

  beforeEach(async () => {
    const templates = new InMemoryTemplateVersionStore();
    await publishLibrary(templates);
    documents = new InMemoryDocumentStore();
    files = new InMemoryDocumentFileStore();
    deals = new InMemoryDealFactsStore();
    maker = new DocumentMaker(templates, documents, files);
    sign = new SignDocument(documents, files);
    await deals.saveProgramme(aProgramme());
    await deals.saveApplication(anApplication());
    await deals.saveInvestor(anInvestor());
  });

  const introduce = async () => {
    const data = introducedData();
    await new GenerateIntroductionDocuments(deals, maker, new RecordingErasureLog()).execute({
      eventId: 'evt-1',
      occurredAt: new Date(),
      data,
    });
    const [french, english] = [...documents.items.values()];
    return { french, english };
  };
  const pdfHashOf = (document: LegalDocument) => document.files.find((file) => file.format === 'pdf')?.sha256 ?? '';
  const signAs = (actor: Actor, document: LegalDocument, more: object = {}) =>
    sign.execute({
      documentId: document.id,
      requestId: `req-${++requests}`,
      actor,
      request: {
        fullName: actor === owner ? 'Léa Dubois' : 'Camille Martin',
        capacity: actor === owner ? 'Présidente' : 'Directrice générale',
        consent: true,
        sha256: pdfHashOf(document),
        clientIp: '203.0.113.7',
        userAgent: 'jest',
        authentication: 'password',
        ...more,
      },
    });

  it('records each party’s signature over the PDF it read, then makes the signed PDF with its certificate page', async () => {
    const { french } = await introduce();

    const first = await signAs(owner, french);
    expect(first).toMatchObject({
      status: 'generated',
      signatures: [
        { role: 'applicant', fullName: 'Léa Dubois', capacity: 'Présidente', organisation: 'Atelier Vélo Solidaire' },
      ],
    });
    expect(documents.events.filter((event) => event.type === 'document.signed')).toEqual([]);

    const both = await signAs(investor, french);
    expect(both.status).toBe('signed');
    const signedFile = both.files.find((file) => file.format === 'signed-pdf');
    expect(signedFile).toMatchObject({ contentType: 'application/pdf' });
    expect(documents.events.at(-1)).toMatchObject({
      type: 'document.signed',
      data: {
        documentId: french.id,
        applicationId: APPLICATION_ID,
        signedSha256: pdfHashOf(french),
        sha256: signedFile?.sha256,
      },
    });
    const bytes = await files.read(french.id, 'signed-pdf', signedFile?.sha256 ?? '');
    const text = await pdfText(bytes ?? Buffer.alloc(0));
    expect(text).toContain('Accord de confidentialité');
    expect(text).toContain('Certificat de signature électronique');
    expect(text).toContain('Signé par Léa Dubois, Présidente');
    expect(text).toContain('Signé par Camille Martin, Directrice générale');
    expect(text).toContain(pdfHashOf(french));
  });

  it('refuses another hash (412), a second signature of a party (409), a translation (409) and anyone not a party (404)', async () => {
    const { french, english } = await introduce();

    await expect(signAs(owner, french, { sha256: 'a'.repeat(64) })).rejects.toMatchObject({
      reason: 'document.hash-mismatch',
    });
    await signAs(owner, french);
    await expect(signAs(owner, french)).rejects.toMatchObject({ reason: 'document.already-signed' });
    await expect(signAs(owner, english)).rejects.toMatchObject({ reason: 'document.not-signable' });
    await expect(signAs({ id: 'stranger', roles: ['investor'] }, french)).rejects.toMatchObject({
      reason: 'document.not-found',
    });
    // An operator reads it, but is no party to an introduction's agreement.
    await expect(signAs(operator, french)).rejects.toMatchObject({ reason: 'document.not-found' });
  });

  it('lets an operator sign for a programme’s funder', async () => {
    const locales = new InMemoryAccountLocaleStore();
    await locales.remember(OWNER_ID, 'fr', 1);
    const decided: ApplicationDecidedData = {
      applicationId: APPLICATION_ID,
      programmeId: PROGRAMME_ID,
      ownerId: OWNER_ID,
      decision: 'funded',
      reason: 'Comité',
      by: 'ops',
      amountCents: 3_000_000,
      fundedBy: 'programme',
    };
    await new GenerateFundingAgreement(deals, locales, maker, new RecordingErasureLog()).execute({
      eventId: 'evt-2',
      occurredAt: new Date(),
      data: decided,
    });
    const [agreement] = [...documents.items.values()];

    await signAs(operator, agreement);
    const signed = await signAs(owner, agreement);
    expect(signed.status).toBe('signed');
    expect(signed.signatures.map((signature) => signature.role)).toEqual(['funder', 'applicant']);
  });
});
