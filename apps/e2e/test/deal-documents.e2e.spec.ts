import {
  type ApplicationView,
  type DealFlowPageView,
  type DocumentListView,
  type DocumentView,
  type InvestorView,
} from '@pollen/contracts';
import { eventually, pdfText } from '@pollen/testing';

import { anInvestorProfile, json, LEA, Platform, type Problem } from './platform';

/**
 * The documents of a deal, end to end through the gateway: an introduction makes the
 * confidentiality agreement (and the letter of intent the investor asked for), an investor-funded
 * decision the instrument's agreement between the two organisations, a programme-funded decision
 * the agreement between the programme's operator and the applicant for the awarded amount — in
 * French, translated for the party that chose English; each read by its parties and operators, by
 * no one else.
 */
describe('a deal’s documents', () => {
  let platform: Platform;
  let operator: string;

  beforeAll(async () => {
    platform = await Platform.start(['matching', 'legal-templates']);
    operator = await platform.operator();
  });

  afterAll(() => platform?.stop());

  const documentsOf = async (applicationId: string, token: string) => {
    const response = await platform.call(`/v1/applications/${applicationId}/documents`, { token });
    return {
      status: response.status,
      items: response.status === 200 ? (await json<DocumentListView>(response)).items : [],
    };
  };
  const documentsWhen = (applicationId: string, token: string, count: number, what: string) =>
    eventually(
      async () => {
        const { items } = await documentsOf(applicationId, token);
        return items.length >= count ? items : undefined;
      },
      { what, timeoutMs: 30_000 },
    );
  const keysOf = (items: DocumentView[]) => items.map((item) => `${item.templateKey}/${item.locale}`);
  const htmlOf = async (document: DocumentView, token: string) => {
    const response = await platform.call(`/v1/documents/${document.id}/content?format=html`, { token });
    expect(response.status).toBe(200);
    return response.text();
  };
  const decide = (applicationId: string, body: object) =>
    platform.call(`/v1/applications/${applicationId}/decision`, {
      method: 'POST',
      token: operator,
      body: { decision: 'funded', reason: 'Comité d’engagement du 15 décembre', ...body },
    });

  it('makes each step’s agreement between the right parties, readable by them and operators only', async () => {
    const programme = await platform.createProgramme(operator, {
      operatorName: 'Région Démo',
      operatorSiren: '200053742',
      operatorLegalForm: 'collectivité territoriale',
      tranches: [
        { sharePercent: 60, monthsAfterSigning: 0, condition: 'à la signature' },
        { sharePercent: 40, monthsAfterSigning: 9, condition: 'sur compte rendu intermédiaire' },
      ],
    });
    // An investor who chose English, and one who is no party to anything here.
    const investorToken = await platform.signUp('investor', 'en');
    const profile = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token: investorToken,
      headers: { 'If-Match': '*' },
      body: {
        ...anInvestorProfile({ instruments: ['grant'], impactAreas: ['inclusion', 'mobility'] }),
        organisation: { name: 'Fonds Solidaire Démo', siren: '552100554', legalForm: 'SAS' },
      },
    });
    const investorId = (await json<InvestorView>(profile)).id;
    expect(
      (await platform.call(`/v1/ops/investors/${investorId}/approve`, { method: 'POST', token: operator })).status,
    ).toBe(200);
    const stranger = await platform.signUp('investor');

    // The introduction: the investor is interested and asks for a letter of intent; the applicant accepts.
    const applicant = await platform.signUp('applicant');
    const introducedId = await platform.submitted(applicant, programme.id, 'La Cyclofficine', { siren: '732829320' });
    const match = await eventually(
      async () => {
        const page = await json<DealFlowPageView>(await platform.call('/v1/deal-flow', { token: investorToken }));
        return page.items.find((item) => item.project.organisation.name === 'La Cyclofficine');
      },
      { what: 'the application in the investor’s deal-flow' },
    );
    const interest = await platform.call(`/v1/deal-flow/${match.matchId}/interest`, {
      method: 'POST',
      token: investorToken,
      body: { amountCents: 3_000_000, message: 'Parlons-en.', letterOfIntent: true },
    });
    expect(interest.status).toBe(200);
    const accepted = await platform.call(`/v1/applications/${introducedId}/matches/${match.matchId}/accept`, {
      method: 'POST',
      token: applicant,
      body: { contact: LEA },
    });
    expect(accepted.status).toBe(200);

    const introduction = await documentsWhen(introducedId, investorToken, 4, 'the introduction’s documents');
    expect(keysOf(introduction).sort()).toEqual([
      'accord-de-confidentialite/en',
      'accord-de-confidentialite/fr',
      'lettre-d-intention/en',
      'lettre-d-intention/fr',
    ]);
    // The French ones first: they bind.
    expect(introduction.map((item) => item.binding)).toEqual([true, true, false, false]);
    const nda = introduction.find((item) => item.templateKey === 'accord-de-confidentialite') as DocumentView;
    expect(nda).toMatchObject({
      templateKey: 'accord-de-confidentialite',
      locale: 'fr',
      binding: true,
      matchId: match.matchId,
      parties: [
        { role: 'applicant', name: 'La Cyclofficine', siren: '732829320' },
        { role: 'investor', name: 'Fonds Solidaire Démo', siren: '552100554' },
      ],
    });
    expect(introduction.find((item) => item.translationOf === nda.id)).toMatchObject({ locale: 'en', binding: false });
    const ndaHtml = await htmlOf(nda, applicant);
    expect(ndaHtml).toContain('Accord de confidentialité');
    expect(ndaHtml).toContain('732\u00a0829\u00a0320');
    // Each party as the agreement names it: its name, legal form and SIREN.
    expect(ndaHtml).toContain('Fonds Solidaire Démo, SAS, SIREN 552\u00a0100\u00a0554');
    const pdf = await platform.call(`/v1/documents/${nda.id}/content?format=pdf`, { token: investorToken });
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(pdf.headers.get('etag')).toBe(`"${nda.files.find((file) => file.format === 'pdf')?.sha256}"`);

    // Both sides sign the confidentiality agreement: each its own party, over the PDF it read.
    const pdfHash = nda.files.find((file) => file.format === 'pdf')?.sha256 as string;
    const signing = (token: string, more: object = {}) =>
      platform.call(`/v1/documents/${nda.id}/sign`, {
        method: 'POST',
        token,
        body: {
          fullName: 'Léa Dubois',
          capacity: 'Présidente',
          consent: true,
          sha256: pdfHash,
          password: 'a long enough password',
          ...more,
        },
      });
    const wrongHash = await signing(applicant, { sha256: 'a'.repeat(64) });
    expect([wrongHash.status, (await json<Problem>(wrongHash)).code]).toEqual([412, 'document.hash-mismatch']);
    const wrongPassword = await signing(applicant, { password: 'not the password' });
    expect([wrongPassword.status, (await json<Problem>(wrongPassword)).code]).toEqual([
      401,
      'auth.invalid-credentials',
    ]);
    expect((await signing(applicant, { consent: false })).status).toBe(400);
    expect((await signing(stranger)).status).toBe(404);
    const first = await signing(applicant);
    expect(first.status).toBe(200);
    expect(await json<DocumentView>(first)).toMatchObject({
      status: 'generated',
      signatures: [
        { role: 'applicant', fullName: 'Léa Dubois', capacity: 'Présidente', organisation: 'La Cyclofficine' },
      ],
    });
    const twice = await signing(applicant);
    expect([twice.status, (await json<Problem>(twice)).code]).toEqual([409, 'document.already-signed']);
    const last = await signing(investorToken, { fullName: 'Camille Martin', capacity: 'Directrice générale' });
    const signedNda = await json<DocumentView>(last);
    expect(signedNda.status).toBe('signed');
    const signedPdf = await platform.call(`/v1/documents/${nda.id}/content?format=signed-pdf`, { token: applicant });
    expect([signedPdf.status, signedPdf.headers.get('etag')]).toEqual([
      200,
      `"${signedNda.files.find((file) => file.format === 'signed-pdf')?.sha256}"`,
    ]);
    const certificate = await pdfText(Buffer.from(await signedPdf.arrayBuffer()));
    expect(certificate).toContain('Certificat de signature électronique');
    expect(certificate).toContain('Signé par Camille Martin, Directrice générale');
    expect(certificate).toContain(pdfHash);
    // The application's history says the agreement was signed.
    await eventually(
      async () => {
        const response = await platform.call(`/v1/applications/${introducedId}`, { token: applicant });
        return (await json<ApplicationView>(response)).history.find((change) => change.documentId === nda.id);
      },
      { what: 'the signed agreement in the application’s history' },
    );

    // The investor funds it once in discussion: the grant agreement between the two organisations, for the amount decided.
    await eventually(
      async () => {
        const response = await platform.call(`/v1/applications/${introducedId}`, { token: applicant });
        return (await json<ApplicationView>(response)).status === 'in-discussion' || undefined;
      },
      { what: 'the application in discussion' },
    );
    const investorFunded = await decide(introducedId, {
      fundedBy: 'investor',
      matchId: match.matchId,
      amountCents: 3_000_000,
    });
    expect(investorFunded.status).toBe(200);
    const afterFunding = await documentsWhen(introducedId, applicant, 6, 'the investor’s agreement');
    const agreement = afterFunding.find((item) => item.templateKey === 'convention-de-subvention' && item.binding);
    expect(agreement).toMatchObject({
      locale: 'fr',
      matchId: match.matchId,
      parties: [
        { role: 'applicant', name: 'La Cyclofficine' },
        { role: 'investor', name: 'Fonds Solidaire Démo' },
      ],
    });
    const agreementHtml = await htmlOf(agreement as DocumentView, investorToken);
    expect(agreementHtml).toContain('30\u202f000,00\u202f€');
    expect(agreementHtml).toContain('trente-mille euros');

    // The programme funds another applicant: its operator's agreement, for the awarded amount, in its instalments.
    const other = await platform.signUp('applicant');
    const programmeFundedId = await platform.submitted(other, programme.id, 'Vélo Nord');
    const programmeFunded = await eventually(
      async () => {
        const response = await decide(programmeFundedId, { amountCents: 3_500_000 });
        return response.status === 200 ? response : undefined;
      },
      { what: 'the programme-funded decision (once screened eligible)' },
    );
    expect(programmeFunded.status).toBe(200);
    const [convention] = await documentsWhen(programmeFundedId, other, 1, 'the programme’s agreement');
    expect(convention).toMatchObject({
      templateKey: 'convention-de-subvention',
      locale: 'fr',
      binding: true,
      parties: [
        { role: 'funder', name: 'Région Démo', siren: '200053742' },
        { role: 'applicant', name: 'Vélo Nord' },
      ],
    });
    const conventionHtml = await htmlOf(convention, operator);
    expect(conventionHtml).toContain('35\u202f000,00\u202f€');
    expect(conventionHtml).toContain('21\u202f000,00\u202f€');
    expect(conventionHtml).toContain('Cofinancement');

    // No one else reads them, nor learns the application has any.
    for (const token of [stranger, other]) {
      const listed = await platform.call(`/v1/applications/${introducedId}/documents`, { token });
      expect([listed.status, (await json<Problem>(listed)).code]).toEqual([404, 'application.not-found']);
      const read = await platform.call(`/v1/documents/${nda.id}`, { token });
      expect([read.status, (await json<Problem>(read)).code]).toEqual([404, 'document.not-found']);
    }
    const investorReads = await platform.call(`/v1/documents/${convention.id}/content?format=pdf`, {
      token: investorToken,
    });
    expect(investorReads.status).toBe(404);
    expect((await documentsOf(introducedId, operator)).items).toHaveLength(6);
  });
});
