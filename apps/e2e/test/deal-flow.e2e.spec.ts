import {
  type ApplicationMatchesView,
  type ApplicationMatchView,
  type ApplicationView,
  CURRENT_CONSENT_NOTICE_VERSION,
  type DealFlowItemView,
  type DealFlowPageView,
  type InvestorView,
  type MatchingInsightsView,
  type MatchingStatsView,
  type NotificationListView,
} from '@pollen/contracts';
import { eventually } from '@pollen/testing';

import { anInvestorProfile, completeFields, FITTING_THESIS, json, LEA, Platform, type Problem } from './platform';

/**
 * An investor's deal-flow through the real gateway and services: an operator approves investors →
 * an applicant submits an eligible application consenting to be shown → each approved investor
 * finds it in their deal-flow, redacted, with its score and explanation → one is interested, the
 * other passes; nobody acts on another's match; pending investors see nothing → the applicant
 * accepts with a contact → both see each other's contact and SIREN, the application is in
 * discussion, and both are told. Then a thesis change re-matches, a suspension and a withdrawal
 * retract, and an applicant declines.
 */
describe('deal-flow', () => {
  let platform: Platform;
  let operator: string;

  beforeAll(async () => {
    platform = await Platform.start(['matching', 'notifications']);
    operator = await platform.operator();
  });

  afterAll(() => platform?.stop());

  const investor = async (
    approve = true,
    thesis: Parameters<typeof anInvestorProfile>[0] = {},
  ): Promise<{ token: string; id: string }> => {
    const token = await platform.signUp('investor');
    const profiled = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token,
      headers: { 'If-Match': '*' },
      body: anInvestorProfile({ ...FITTING_THESIS, ...thesis }),
    });
    const { id } = await json<InvestorView>(profiled);
    if (approve) {
      const approved = await platform.call(`/v1/ops/investors/${id}/approve`, { method: 'POST', token: operator });
      expect(approved.status).toBe(200);
    }
    return { token, id };
  };
  const dealFlow = async (token: string, query = '') => {
    const response = await platform.call(`/v1/deal-flow${query}`, { token });
    expect(response.status).toBe(200);
    return json<DealFlowPageView>(response);
  };
  const act = (token: string, matchId: string, action: 'interest' | 'pass', body: unknown) =>
    platform.call(`/v1/deal-flow/${matchId}/${action}`, { method: 'POST', token, body });
  const answer = (token: string, applicationId: string, matchId: string, action: 'accept' | 'decline', body: unknown) =>
    platform.call(`/v1/applications/${applicationId}/matches/${matchId}/${action}`, { method: 'POST', token, body });
  const inboxOf = async (token: string) =>
    (await json<NotificationListView>(await platform.call('/v1/me/notifications', { token }))).items;

  it('shows an eligible, consenting application to every approved investor whose thesis it fits, redacted and explained', async () => {
    const [first, second] = [await investor(), await investor()];
    const pending = await investor(false);
    const programme = await platform.createProgramme(operator);
    const applicant = await platform.signUp('applicant');
    const fields = completeFields();
    const draft = await platform.draft(applicant, {
      programmeId: programme.id,
      ...fields,
      organisation: { ...fields.organisation, name: 'La Cyclofficine', siren: '732829320' },
      consents: { shareWithInvestors: true, noticeVersion: CURRENT_CONSENT_NOTICE_VERSION },
    });
    expect(
      (await platform.call(`/v1/applications/${draft.id}/submit`, { method: 'POST', token: applicant })).status,
    ).toBe(202);

    const mine = (page: DealFlowPageView) =>
      page.items.find((item) => item.project.organisation.name === 'La Cyclofficine');
    const found = await eventually(async () => mine(await dealFlow(first.token)), { what: 'the match in deal-flow' });
    expect(found).toMatchObject({
      status: 'proposed',
      version: 1,
      project: {
        organisation: { name: 'La Cyclofficine', legalForm: 'association', region: 'FR-IDF', esus: true },
        project: { title: 'Ateliers vélo solidaires', impactAreas: ['inclusion', 'mobility'], stage: 'seed' },
        request: { amountCents: 4_000_000, instrument: 'grant' },
      },
    });
    expect(found.score).toBeGreaterThanOrEqual(60);
    expect(found.explanation).toHaveLength(12);
    expect(found.explanation[1]).toMatchObject({
      criterion: 'region',
      kind: 'gate',
      passed: true,
      message: { fr: 'La région Île-de-France fait partie des régions ciblées' },
    });
    // Nothing that identifies a person or the organisation's registration before an introduction.
    expect(JSON.stringify(found)).not.toMatch(/732829320|Léa|Dubois|example\.org|siren/i);

    // Two approved theses only: the applicant's insights show no count that could single one out.
    const insights = await platform.call(`/v1/applications/${draft.id}/matching-insights`, { token: applicant });
    expect(await json<MatchingInsightsView>(insights)).toMatchObject({ theses: null, passing: null });
    const stranger = await platform.signUp('applicant');
    expect((await platform.call(`/v1/applications/${draft.id}/matching-insights`, { token: stranger })).status).toBe(
      404,
    );
    expect((await platform.call(`/v1/applications/${draft.id}/matching-insights`, { token: first.token })).status).toBe(
      403,
    );

    const forbidden = await platform.call('/v1/deal-flow', { token: pending.token });
    expect([forbidden.status, (await json<Problem>(forbidden)).code]).toEqual([403, 'investor.not-approved']);
    expect((await platform.call('/v1/deal-flow', { token: applicant })).status).toBe(403);

    // The first is interested; saying so twice is refused.
    const interested = await act(first.token, found.matchId, 'interest', {
      amountCents: 3_000_000,
      message: 'Nous finançons des ateliers comparables ; parlons-en.',
    });
    expect(interested.status).toBe(200);
    expect(interested.headers.get('etag')).toBe('"2"');
    expect(await json<DealFlowItemView>(interested)).toMatchObject({
      status: 'interested',
      interest: { amountCents: 3_000_000, message: 'Nous finançons des ateliers comparables ; parlons-en.' },
    });
    // The applicant sees who is interested: organisation, kind, amount and message; nobody else does.
    const interestedIn = await platform.call(`/v1/applications/${draft.id}/matches`, { token: applicant });
    expect((await json<ApplicationMatchesView>(interestedIn)).items).toEqual([
      expect.objectContaining({
        matchId: found.matchId,
        status: 'interested',
        investor: { organisationName: 'Fonds Solidaire Démo', kind: 'impact-fund' },
        interest: expect.objectContaining({ amountCents: 3_000_000 }),
      }),
    ]);
    expect((await platform.call(`/v1/applications/${draft.id}/matches`, { token: stranger })).status).toBe(404);
    expect((await platform.call(`/v1/applications/${draft.id}/matches`, { token: first.token })).status).toBe(403);

    const again = await act(first.token, found.matchId, 'interest', { message: 'Encore' });
    expect([again.status, (await json<Problem>(again)).code]).toEqual([409, 'match.illegal-transition']);
    expect((await dealFlow(first.token, '?status=interested')).items.map((item) => item.matchId)).toEqual([
      found.matchId,
    ]);

    // The second cannot touch the first's match, and passes on its own with a reason.
    const theirs = await act(second.token, found.matchId, 'pass', { reason: 'ticket-size' });
    expect([theirs.status, (await json<Problem>(theirs)).code]).toEqual([404, 'match.not-found']);
    const own = await eventually(async () => mine(await dealFlow(second.token)), { what: 'the second match' });
    expect(own.matchId).not.toBe(found.matchId);
    const invalid = await act(second.token, own.matchId, 'pass', { reason: 'not-a-reason' });
    expect([invalid.status, (await json<Problem>(invalid)).errors?.map((error) => error.field)]).toEqual([
      400,
      ['reason'],
    ]);
    const passed = await act(second.token, own.matchId, 'pass', {
      reason: 'ticket-size',
      comment: 'Trop petit pour nous',
    });
    expect(await json<DealFlowItemView>(passed)).toMatchObject({
      status: 'passed',
      pass: { reason: 'ticket-size', comment: 'Trop petit pour nous' },
    });
    expect((await dealFlow(second.token, '?status=proposed')).items.map((item) => item.matchId)).not.toContain(
      own.matchId,
    );

    // The applicant accepts the first with a contact; only they can, and only once.
    const invalidContact = await answer(applicant, draft.id, found.matchId, 'accept', {
      contact: { name: 'Léa Dubois', email: 'not-an-address' },
    });
    expect([invalidContact.status, (await json<Problem>(invalidContact)).errors?.map((e) => e.field)]).toEqual([
      400,
      ['contact.email'],
    ]);
    expect((await answer(first.token, draft.id, found.matchId, 'accept', { contact: LEA })).status).toBe(403);
    expect((await answer(stranger, draft.id, found.matchId, 'accept', { contact: LEA })).status).toBe(404);
    const accepted = await answer(applicant, draft.id, found.matchId, 'accept', { contact: LEA });
    expect(accepted.status).toBe(200);
    // The applicant gets the investor's contact and SIREN; the investor, theirs.
    expect(await json<ApplicationMatchView>(accepted)).toMatchObject({
      status: 'introduced',
      introduction: {
        siren: '552100554',
        contact: { name: 'Camille Martin', email: 'camille@fonds-demo.example', phone: '+33 1 23 45 67 89' },
      },
    });
    const twice = await answer(applicant, draft.id, found.matchId, 'accept', { contact: LEA });
    expect([twice.status, (await json<Problem>(twice)).code]).toEqual([409, 'match.illegal-transition']);
    const [introduced] = (await dealFlow(first.token, '?status=introduced')).items;
    expect(introduced).toMatchObject({
      matchId: found.matchId,
      introduction: { siren: '732829320', contact: LEA, applicationId: draft.id },
    });

    // The application is in discussion, and its history says with whom.
    const inDiscussion = await eventually(
      async () => {
        const view = await json<ApplicationView>(
          await platform.call(`/v1/applications/${draft.id}`, { token: applicant }),
        );
        return view.status === 'in-discussion' ? view : undefined;
      },
      { what: 'the application in discussion' },
    );
    expect(inDiscussion.history.at(-1)).toMatchObject({
      status: 'in-discussion',
      reason: 'Introduced to an investor',
      matchId: found.matchId,
    });
    // Both are told, in their inbox.
    const told = await eventually(
      async () => (await inboxOf(first.token)).find((n) => n.title.startsWith('Mise en relation avec')),
      { what: 'the investor told of the introduction' },
    );
    expect(told.body).toContain('La Cyclofficine');
    await eventually(
      async () =>
        (await inboxOf(applicant)).find((n) => n.title.startsWith('Mise en relation avec') && n.subject === draft.id),
      { what: 'the applicant told of the introduction' },
    );
  });

  it('pages the deal-flow by score, then recency, and refuses a cursor it did not give', async () => {
    // Only cooperatives (SCIC): the other test's association is not in this deal-flow.
    const { token } = await investor(true, { legalForms: ['scic'] });
    const programme = await platform.createProgramme(operator);
    const fields = completeFields();
    // Both fit the thesis; the second names an impact area the thesis does not target: a lower score.
    const applicants: { token: string; applicationId: string }[] = [];
    for (const [name, siren, impactAreas] of [
      ['Atelier Un', '412345605', ['inclusion', 'mobility']],
      ['Atelier Deux', '412345613', ['inclusion', 'employment']],
    ] as const) {
      const applicant = await platform.signUp('applicant');
      const draft = await platform.draft(applicant, {
        programmeId: programme.id,
        ...fields,
        organisation: { ...fields.organisation, legalForm: 'scic', name, siren },
        project: { ...fields.project, impactAreas },
        consents: { shareWithInvestors: true, noticeVersion: CURRENT_CONSENT_NOTICE_VERSION },
      });
      await platform.call(`/v1/applications/${draft.id}/submit`, { method: 'POST', token: applicant });
      applicants.push({ token: applicant, applicationId: draft.id });
    }
    await eventually(async () => (await dealFlow(token)).items.length === 2, { what: 'two matches' });

    const first = await dealFlow(token, '?limit=1');
    expect(first.items.map((item) => item.project.organisation.name)).toEqual(['Atelier Un']);
    const second = await dealFlow(token, `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.project.organisation.name)).toEqual(['Atelier Deux']);
    expect(second.items[0].score).toBeLessThan(first.items[0].score);
    expect(second.nextCursor).toBeNull();

    // Three approved theses now, all passed: counts of three and more are shown.
    const [{ token: owner, applicationId }] = applicants;
    const insights = await platform.call(`/v1/applications/${applicationId}/matching-insights`, { token: owner });
    expect(await json<MatchingInsightsView>(insights)).toEqual({
      theses: 3,
      passing: 3,
      gates: expect.arrayContaining([{ gate: 'region', failing: 0 }]),
    });

    const bad = await platform.call('/v1/deal-flow?cursor=nonsense', { token });
    expect([bad.status, (await json<Problem>(bad)).errors?.map((error) => error.field)]).toEqual([400, ['cursor']]);
    expect((await platform.call('/v1/deal-flow?limit=0', { token })).status).toBe(400);
  });

  it('re-matches a changed thesis, retracts on suspension and withdrawal, and takes the applicant’s decline', async () => {
    // One investor's thesis leaves out Île-de-France at first; the other's fits.
    const late = await investor(true, { regions: ['FR-ARA'] });
    const keen = await investor();
    const programme = await platform.createProgramme(operator);
    const applicant = await platform.signUp('applicant');
    const applicationId = await platform.submitted(applicant, programme.id, 'Vélo Nord');
    const ofApplication = async (token: string, query = '') =>
      (await dealFlow(token, query)).items.filter((item) => item.project.organisation.name === 'Vélo Nord');
    const retractedIn = async (programmeId: string) => {
      const stats = await json<MatchingStatsView>(await platform.call('/v1/ops/matching/stats', { token: operator }));
      return stats.programmes.find((figures) => figures.programmeId === programmeId)?.byStatus.retracted ?? 0;
    };
    const keenMatch = await eventually(async () => (await ofApplication(keen.token))[0], { what: 'the keen match' });
    expect(await ofApplication(late.token)).toEqual([]);

    // The thesis now includes the region: the application is matched.
    const widened = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token: late.token,
      headers: { 'If-Match': '*' },
      body: { thesis: { regions: ['FR-ARA', 'FR-IDF'] }, capacityPerMonth: 50 },
    });
    expect(widened.status).toBe(200);
    const lateMatch = await eventually(async () => (await ofApplication(late.token))[0], { what: 'the re-match' });
    expect(lateMatch.status).toBe('proposed');

    // The applicant declines the keen investor's interest, with a word the investor reads.
    await act(keen.token, keenMatch.matchId, 'interest', { message: 'Intéressés !' });
    const declined = await answer(applicant, applicationId, keenMatch.matchId, 'decline', { reason: 'Déjà financé' });
    expect(await json<ApplicationMatchView>(declined)).toMatchObject({
      status: 'declined',
      decline: { reason: 'Déjà financé' },
    });
    expect((await ofApplication(keen.token))[0]).toMatchObject({
      status: 'declined',
      decline: { reason: 'Déjà financé' },
    });
    expect(JSON.stringify(await ofApplication(keen.token))).not.toMatch(/lea@|Léa/);

    // Suspension retracts the late investor's match; reinstated, they are proposed it anew.
    const suspend = await platform.call(`/v1/ops/investors/${late.id}/suspend`, {
      method: 'POST',
      token: operator,
      body: { reason: 'Vérification en cours' },
    });
    expect(suspend.status).toBe(200);
    expect((await platform.call('/v1/deal-flow', { token: late.token })).status).toBe(403);
    // Matching retracts from the suspension's event, reading the investor as they stand then: the
    // operator reinstates once the programme's figures show the retraction, not before.
    await eventually(async () => (await retractedIn(programme.id)) > 0, { what: 'the retraction in the figures' });
    await platform.call(`/v1/ops/investors/${late.id}/reinstate`, { method: 'POST', token: operator });
    const afterSuspension = await eventually(
      async () => {
        const items = await ofApplication(late.token);
        return items.length === 2 ? items : undefined;
      },
      { what: 'the retracted match and the new one' },
    );
    expect(afterSuspension.find((item) => item.matchId === lateMatch.matchId)).toMatchObject({
      status: 'retracted',
      retraction: { cause: 'investor-suspended' },
    });
    const renewed = afterSuspension.find((item) => item.matchId !== lateMatch.matchId);
    expect(renewed?.status).toBe('proposed');

    // Withdrawal retracts what is still open; the declined match stays declined.
    await platform.call(`/v1/applications/${applicationId}/withdraw`, { method: 'POST', token: applicant, body: {} });
    await eventually(
      async () =>
        (await ofApplication(late.token)).find((item) => item.matchId === renewed?.matchId)?.retraction?.cause ===
        'application-withdrawn',
      { what: 'the open match retracted on withdrawal' },
    );
    expect((await ofApplication(keen.token))[0].status).toBe('declined');
  });
});
