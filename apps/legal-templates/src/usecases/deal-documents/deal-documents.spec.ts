import { type Actor, type ApplicationDecidedData, INSTRUMENTS, TERMS_OF_INSTRUMENT } from '@pollen/contracts';
import { InMemoryAccountLocaleStore, RecordingErasureLog } from '@pollen/testing';

import {
  anApplication,
  anInvestor,
  APPLICATION_ID,
  aProgramme,
  introducedData,
  INVESTOR_ID,
  MATCH_ID,
  OWNER_ID,
  PROGRAMME_ID,
  publishLibrary,
} from '../../../test/factories/deal-facts.factory';
import { InMemoryDealFactsStore } from '../../../test/fakes/in-memory-deal-facts.store';
import { InMemoryDocumentFileStore, InMemoryDocumentStore } from '../../../test/fakes/in-memory-document.store';
import { InMemoryTemplateVersionStore } from '../../../test/fakes/in-memory-template-version.store';
import { AGREEMENT_VARIABLES, type FundedDeal } from '../../domain/agreement-terms';
import { agreementOf } from '../../library';
import { assertVariablesMatch } from '../../rendering/variables-schema';
import { DocumentMaker } from '../document-maker';
import { GetDocument } from '../get-document/get-document.usecase';
import { ListApplicationDocuments } from '../list-application-documents/list-application-documents.usecase';
import { DealFactsNotYetKnown, GenerateFundingAgreement } from './generate-funding-agreement.usecase';
import { GenerateIntroductionDocuments } from './generate-introduction-documents.usecase';

const operator: Actor = { id: 'ops', roles: ['operator'] };
const owner: Actor = { id: OWNER_ID, roles: ['applicant'] };
const investor: Actor = { id: INVESTOR_ID, roles: ['investor'] };
const otherInvestor: Actor = { id: 'someone-else', roles: ['investor'] };

describe('the documents a deal makes', () => {
  let deals: InMemoryDealFactsStore;
  let documents: InMemoryDocumentStore;
  let locales: InMemoryAccountLocaleStore;
  let introduce: GenerateIntroductionDocuments;
  let fund: GenerateFundingAgreement;
  let list: ListApplicationDocuments;
  let erasures: RecordingErasureLog;

  beforeEach(async () => {
    const templates = new InMemoryTemplateVersionStore();
    await publishLibrary(templates);
    deals = new InMemoryDealFactsStore();
    documents = new InMemoryDocumentStore();
    locales = new InMemoryAccountLocaleStore();
    const maker = new DocumentMaker(templates, documents, new InMemoryDocumentFileStore());
    erasures = new RecordingErasureLog();
    introduce = new GenerateIntroductionDocuments(deals, maker, erasures);
    fund = new GenerateFundingAgreement(deals, locales, maker, erasures);
    list = new ListApplicationDocuments(documents, deals);
    await deals.saveProgramme(aProgramme());
    await deals.saveApplication(anApplication());
    await deals.saveInvestor(anInvestor());
    await locales.remember(OWNER_ID, 'fr', 1);
  });

  const introduced = () => introducedData({ amountCents: 3_000_000 });
  const decided = (overrides: Partial<ApplicationDecidedData> = {}): ApplicationDecidedData => ({
    applicationId: APPLICATION_ID,
    programmeId: PROGRAMME_ID,
    ownerId: OWNER_ID,
    decision: 'funded',
    reason: 'Projet solide',
    by: 'ops',
    amountCents: 3_500_000,
    fundedBy: 'programme',
    ...overrides,
  });
  const introduction = { eventId: 'evt-introduced', occurredAt: new Date('2026-12-01T10:00:00Z'), data: introduced() };

  it('an introduction either side of which was erased while it was in flight is neither kept nor documented', async () => {
    erasures.erasedAccounts.add(introduced().investor.accountId);

    await introduce.execute(introduction);

    expect(await deals.introduction(MATCH_ID)).toBeNull();
    expect(documents.items.size).toBe(0);
  });

  it('an introduction whose investor’s organisation is not projected yet waits for it, then makes its documents', async () => {
    await deals.forgetInvestor(INVESTOR_ID);

    await expect(introduce.execute(introduction)).rejects.toBeInstanceOf(DealFactsNotYetKnown);
    expect(documents.items.size).toBe(0);

    await deals.saveInvestor(anInvestor());
    await introduce.execute(introduction);
    expect((await deals.introduction(MATCH_ID))?.investor.organisation).toEqual({ name: 'Fonds Solidaire Démo' });
    expect(documents.items.size).toBeGreaterThan(0);
  });

  it('a funded decision on the application of an owner erased meanwhile makes no agreement', async () => {
    erasures.erasedAccounts.add(OWNER_ID);

    await fund.execute({ eventId: 'evt-decided', occurredAt: new Date('2026-12-02T10:00:00Z'), data: decided() });

    expect(documents.items.size).toBe(0);
  });

  it('an introduction makes the confidentiality agreement between the two organisations, in French and, for the side that chose English, translated', async () => {
    await introduce.execute(introduction);

    const [french, english] = [...documents.items.values()];
    expect(french).toMatchObject({
      templateKey: 'accord-de-confidentialite',
      locale: 'fr',
      binding: true,
      applicationId: APPLICATION_ID,
      matchId: MATCH_ID,
      parties: [
        { role: 'applicant', name: 'Atelier Vélo Solidaire', siren: '732829320' },
        { role: 'investor', name: 'Fonds Solidaire Démo' },
      ],
      readers: [OWNER_ID, INVESTOR_ID],
      createdAt: introduction.occurredAt,
    });
    expect(english).toMatchObject({ locale: 'en', binding: false, translationOf: french.id });
    expect(documents.events.map((event) => event.type)).toEqual(['document.generated', 'document.generated']);
  });

  it('adds the letter of intent the investor asked for, for the amount they gave', async () => {
    const data = introduced();
    await introduce.execute({
      ...introduction,
      data: { ...data, interest: { amountCents: 3_000_000, letterOfIntent: true } },
    });

    const letters = [...documents.items.values()].filter((document) => document.templateKey === 'lettre-d-intention');
    expect(letters.map((letter) => [letter.locale, letter.readers])).toEqual([
      ['fr', [OWNER_ID, INVESTOR_ID]],
      ['en', [OWNER_ID, INVESTOR_ID]],
    ]);
  });

  it('makes nothing new when the introduction is delivered again', async () => {
    await introduce.execute(introduction);
    await introduce.execute(introduction);

    expect(documents.items.size).toBe(2);
    expect(documents.events).toHaveLength(2);
  });

  it('a programme-funded decision makes the programme’s agreement between its operator and the applicant, for the awarded amount, in its instalments', async () => {
    await fund.execute({ eventId: 'evt-decided', occurredAt: new Date('2026-12-15T09:00:00Z'), data: decided() });

    const [agreement] = [...documents.items.values()];
    expect(documents.items.size).toBe(1);
    expect(agreement).toMatchObject({
      templateKey: 'convention-de-subvention',
      locale: 'fr',
      parties: [
        { role: 'funder', name: 'Région Hauts-de-France', siren: '200053742' },
        { role: 'applicant', name: 'Atelier Vélo Solidaire', siren: '732829320' },
      ],
      readers: [OWNER_ID],
    });
    expect(agreement.matchId).toBeUndefined();
  });

  it('translates the programme’s agreement when the applicant chose English', async () => {
    await locales.remember(OWNER_ID, 'en', 2);
    await fund.execute({ eventId: 'evt-decided', occurredAt: new Date(), data: decided() });

    expect([...documents.items.values()].map((document) => [document.locale, document.binding])).toEqual([
      ['fr', true],
      ['en', false],
    ]);
  });

  it('an investor-funded decision makes the requested instrument’s agreement between the two organisations of the introduction', async () => {
    await introduce.execute(introduction);
    await fund.execute({
      eventId: 'evt-decided',
      occurredAt: new Date(),
      data: decided({ fundedBy: 'investor', matchId: MATCH_ID }),
    });

    const loan = [...documents.items.values()].filter((document) => document.templateKey === 'contrat-de-pret');
    expect(loan.map((document) => document.locale)).toEqual(['fr', 'en']);
    expect(loan[0]).toMatchObject({
      matchId: MATCH_ID,
      templateKey: 'contrat-de-pret',
      parties: [
        { role: 'applicant', name: 'Atelier Vélo Solidaire' },
        { role: 'investor', name: 'Fonds Solidaire Démo' },
      ],
      readers: [OWNER_ID, INVESTOR_ID],
    });
  });

  it('makes nothing for a declined application, and waits for facts not projected yet', async () => {
    await fund.execute({ eventId: 'e1', occurredAt: new Date(), data: decided({ decision: 'declined' }) });
    expect(documents.items.size).toBe(0);

    await expect(
      fund.execute({
        eventId: 'e2',
        occurredAt: new Date(),
        data: decided({ fundedBy: 'investor', matchId: 'unknown' }),
      }),
    ).rejects.toBeInstanceOf(DealFactsNotYetKnown);
    await expect(
      fund.execute({ eventId: 'e3', occurredAt: new Date(), data: decided({ programmeId: 'unknown' }) }),
    ).rejects.toBeInstanceOf(DealFactsNotYetKnown);
    // Nor without the applicant's language: the translation they may need could never be made later.
    locales.locales.clear();
    await expect(fund.execute({ eventId: 'e4', occurredAt: new Date(), data: decided() })).rejects.toBeInstanceOf(
      DealFactsNotYetKnown,
    );
    expect(documents.items.size).toBe(0);
  });

  it('lets each party read its documents, operators all of them, and no one else learn of them', async () => {
    await introduce.execute(introduction);
    await fund.execute({ eventId: 'evt-decided', occurredAt: new Date(), data: decided() });
    const get = new GetDocument(documents);
    const [nda, , grant] = [...documents.items.values()];

    expect((await list.execute({ applicationId: APPLICATION_ID, actor: operator })).items).toHaveLength(3);
    expect((await list.execute({ applicationId: APPLICATION_ID, actor: owner })).items).toHaveLength(3);
    const investorSees = await list.execute({ applicationId: APPLICATION_ID, actor: investor });
    expect(investorSees.items.map((item) => item.templateKey)).toEqual([
      'accord-de-confidentialite',
      'accord-de-confidentialite',
    ]);
    await expect(get.execute({ documentId: nda.id, actor: investor })).resolves.toMatchObject({ id: nda.id });
    await expect(get.execute({ documentId: grant.id, actor: investor })).rejects.toMatchObject({
      reason: 'document.not-found',
    });
    await expect(get.execute({ documentId: nda.id, actor: otherInvestor })).rejects.toMatchObject({
      reason: 'document.not-found',
    });
    await expect(list.execute({ applicationId: APPLICATION_ID, actor: otherInvestor })).rejects.toMatchObject({
      reason: 'application.not-found',
    });
  });

  describe.each(INSTRUMENTS.map((instrument) => [instrument] as const))('the %s agreement', (instrument) => {
    // Every term the instrument's agreement states, set: the variables must still match its schema.
    const allTerms = {
      annualRatePercent: 2.5,
      graceMonths: 6,
      guaranteedSharePercent: 70,
      discountPercent: 20,
      valuationCapCents: 200_000_000,
    };
    const terms = (set: boolean) =>
      set ? Object.fromEntries(TERMS_OF_INSTRUMENT[instrument].map((term) => [term, allTerms[term]])) : {};
    const deal = (byProgramme: boolean, withTerms = false): FundedDeal => ({
      funder: byProgramme ? aProgramme().operator : { name: 'Jeanne Martin' },
      beneficiary: anApplication().organisation,
      programme: aProgramme({ kind: instrument }),
      application: anApplication(),
      byProgramme,
      amountCents: 1_234_567,
      durationMonths: 30,
      project: 'Ateliers vélo solidaires',
      signedOn: '2027-01-31',
      terms: terms(withTerms),
    });

    it.each([
      [true, false],
      [false, false],
      [true, true],
    ])('has every variable its template needs (paid by the programme: %s, terms set: %s)', (byProgramme, withTerms) => {
      const variables = AGREEMENT_VARIABLES[instrument](deal(byProgramme, withTerms));
      expect(() => assertVariablesMatch(agreementOf(instrument).schema, variables)).not.toThrow();
      expect(agreementOf(instrument).instruments).toEqual([instrument]);
    });
  });
});
