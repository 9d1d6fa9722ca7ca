import type { Actor, ErasureRequestedData } from '@pollen/contracts';
import { InMemoryAccountLocaleStore, RecordingErasureLog } from '@pollen/testing';

import {
  anApplication,
  anInvestor,
  APPLICATION_ID,
  aProgramme,
  introducedData,
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
import { ExportPersonalData } from '../export-personal-data/export-personal-data.usecase';
import { SignDocument } from '../sign-document/sign-document.usecase';
import { SweepRetainedDocuments } from '../sweep-retained-documents/sweep-retained-documents.usecase';
import { ErasePersonalData } from './erase-personal-data.usecase';

const owner: Actor = { id: OWNER_ID, roles: ['applicant'] };
const operator: Actor = { id: 'ops', roles: ['operator'] };
const erasure: ErasureRequestedData = {
  accountId: OWNER_ID,
  erasureId: 'erasure-1',
  role: 'applicant',
  receiptHash: 'a'.repeat(64),
  requestedAt: '2027-01-10T10:00:00.000Z',
};

const plusMonths = (at: Date, months: number) => {
  const shifted = new Date(at);
  shifted.setUTCMonth(shifted.getUTCMonth() + months);
  return shifted;
};

describe('ErasePersonalData (legal-templates)', () => {
  let documents: InMemoryDocumentStore;
  let files: InMemoryDocumentFileStore;
  let deals: InMemoryDealFactsStore;
  let locales: InMemoryAccountLocaleStore;
  let log: RecordingErasureLog;
  let sut: ErasePersonalData;
  let agreement: LegalDocument;
  let confidentiality: LegalDocument;
  let requests = 0;

  beforeEach(async () => {
    const templates = new InMemoryTemplateVersionStore();
    await publishLibrary(templates);
    documents = new InMemoryDocumentStore();
    files = new InMemoryDocumentFileStore();
    deals = new InMemoryDealFactsStore();
    locales = new InMemoryAccountLocaleStore();
    log = new RecordingErasureLog();
    await locales.remember(OWNER_ID, 'fr', 1);
    await deals.saveProgramme(aProgramme());
    await deals.saveApplication(anApplication());
    await deals.saveInvestor(anInvestor());
    const maker = new DocumentMaker(templates, documents, files);
    const at = new Date();
    await new GenerateIntroductionDocuments(deals, maker, log).execute({
      eventId: 'evt-intro',
      occurredAt: at,
      data: introducedData(),
    });
    await new GenerateFundingAgreement(deals, locales, maker, log).execute({
      eventId: 'evt-funded',
      occurredAt: at,
      data: {
        applicationId: APPLICATION_ID,
        programmeId: PROGRAMME_ID,
        ownerId: OWNER_ID,
        decision: 'funded',
        reason: 'Comité',
        by: 'ops',
        amountCents: 3_000_000,
        fundedBy: 'programme',
      },
    });
    const all = [...documents.items.values()];
    agreement = all.find((document) => document.templateKey === 'convention-de-subvention') as LegalDocument;
    confidentiality = all.find(
      (document) => document.templateKey === 'accord-de-confidentialite' && document.binding,
    ) as LegalDocument;
    const sign = new SignDocument(documents, files);
    const signAs = (actor: Actor, document: LegalDocument) =>
      sign.execute({
        documentId: document.id,
        requestId: `req-${++requests}`,
        actor,
        request: {
          fullName: actor === owner ? 'Léa Dubois' : 'Camille Martin',
          capacity: actor === owner ? 'Présidente' : 'Chargée de programme',
          consent: true,
          sha256: document.files.find((file) => file.format === 'pdf')?.sha256 ?? '',
          clientIp: actor === owner ? '203.0.113.7' : '198.51.100.9',
          userAgent: 'jest',
          authentication: 'password',
        },
      });
    // The grant agreement is signed by both; the confidentiality agreement by the applicant only.
    await signAs(operator, agreement);
    await signAs(owner, agreement);
    await signAs(owner, confidentiality);
    sut = new ErasePersonalData(documents, files, templates, deals, locales, log);
  });

  it('keeps the signed agreement without what its file does not print, deletes the rest, and confirms once', async () => {
    const before = await new ExportPersonalData(documents, deals).execute({ accountId: OWNER_ID });
    expect(before.sections['signatures']).toEqual(
      expect.arrayContaining([expect.objectContaining({ documentId: agreement.id, clientIp: '203.0.113.7' })]),
    );

    expect(await sut.execute({ eventId: 'evt-erase', data: erasure })).toBe('applied');

    const kept = (await documents.findById(agreement.id)) as LegalDocument;
    expect([...documents.items.keys()]).toEqual([agreement.id]);
    expect(kept.readers).toEqual([]);
    expect(kept.parties.map((party) => party.accountId)).toEqual([undefined, undefined]);
    const [funder, applicant] = kept.signatures ?? [];
    expect(funder).toMatchObject({ accountId: 'ops', clientIp: '198.51.100.9', userAgent: 'jest' });
    // What the signed file prints, and nothing else.
    expect(Object.keys(applicant).sort()).toEqual(
      ['authentication', 'capacity', 'fullName', 'organisation', 'role', 'sha256', 'signedAt', 'siren'].sort(),
    );
    expect(applicant).toMatchObject({ fullName: 'Léa Dubois', capacity: 'Présidente', role: 'applicant' });
    // A grant moves money: ten years (L123-22) from the end of its term, after the last signature.
    const months = kept.term?.months ?? 0;
    expect(months).toBeGreaterThan(0);
    expect(kept.retainedUntil).toEqual(plusMonths(applicant.signedAt, months + 120));
    expect(kept.legalBasis).toBe('art. L123-22 Code de commerce');
    // Only the kept agreement's files remain.
    expect([...files.files.keys()].every((key) => key.startsWith(`${agreement.id}:`))).toBe(true);
    expect(await deals.application(APPLICATION_ID)).toBeNull();
    expect(await deals.introduction(introducedData().matchId)).toBeNull();
    expect(await locales.localesOf([OWNER_ID])).toEqual(new Map());

    expect([...log.completions.values()].map((completion) => completion.data)).toEqual([
      {
        erasureId: 'erasure-1',
        service: 'legal-templates',
        erased: [
          { what: 'unsigned documents and their files', count: 2, how: 'deleted' },
          { what: 'signed agreements (signer data not in the signed file)', count: 1, how: 'anonymised' },
          { what: 'deal facts (applications, investor organisation, introductions)', count: 2, how: 'deleted' },
        ],
        kept: [
          {
            what: 'signed convention-de-subvention',
            id: agreement.id,
            basis: 'art. L123-22 Code de commerce',
            until: kept.retainedUntil?.toISOString(),
          },
        ],
      },
    ]);
    // The erased account reads nothing now; the investor's documents went with the deal.
    expect((await new ExportPersonalData(documents, deals).execute({ accountId: OWNER_ID })).sections).toEqual({
      investorOrganisation: null,
      documents: [],
      signatures: [],
    });
  });

  it('changes nothing when the erasure comes again', async () => {
    await sut.execute({ eventId: 'evt-erase', data: erasure });
    const after = structuredClone([...documents.items.values()]);

    expect(await sut.execute({ eventId: 'evt-erase', data: erasure })).toBe('duplicate');
    expect([...documents.items.values()]).toEqual(after);
    expect(log.completions.size).toBe(1);
  });

  it('lets the sweep delete the kept agreement and its files once its retention ended', async () => {
    await sut.execute({ eventId: 'evt-erase', data: erasure });
    const sweep = new SweepRetainedDocuments(documents, files);
    const until = (await documents.findById(agreement.id))?.retainedUntil as Date;

    await sweep.runDue(new Date(until.getTime() - 1000));
    expect(documents.items.has(agreement.id)).toBe(true);

    await sweep.runDue(new Date(until.getTime() + 1000));
    expect(documents.items.size).toBe(0);
    expect(files.files.size).toBe(0);
  });
});
