import {
  type ApplicationPageView,
  type ApplicationView,
  CURRENT_CONSENT_NOTICE_VERSION,
  type LegalTemplateListView,
  type NotificationListView,
  type ProgrammePageView,
  type ProgrammeView,
  Topics,
} from '@pollen/contracts';
import { eventually, KafkaProbe, requestEnvelope } from '@pollen/testing';

import { aProgramme, completeFields, DAY, json, Platform, PROBLEM, type Problem } from './platform';

/** A complete application body for this programme and organisation. */
const complete = (programmeId: string, name: string, siren: string) => {
  const fields = completeFields();
  return { programmeId, ...fields, organisation: { ...fields.organisation, name, siren } };
};

/**
 * The applicant journey through the gateway: register → log in → browse programmes → draft →
 * merge-patch with ETag → submit → eligible, or ineligible with every reason → withdraw → apply
 * again; the operator's decision; and every refusal an applicant may meet.
 */
describe('applicant journey, end to end', () => {
  let platform: Platform;
  let operator: string;
  let applicant: string;
  let programme: ProgrammeView;
  let probe: KafkaProbe;

  const api = (path: string, init: Parameters<Platform['call']>[1] = {}) =>
    platform.call(path, { token: applicant, ...init });
  const patch = (id: string, body: unknown, etag?: string, token = applicant) =>
    platform.call(`/v1/applications/${id}`, {
      method: 'PATCH',
      token,
      body,
      headers: { 'Content-Type': 'application/merge-patch+json', ...(etag ? { 'If-Match': etag } : {}) },
    });
  const submit = (id: string, token = applicant, locale = 'fr') =>
    platform.call(`/v1/applications/${id}/submit`, { method: 'POST', token, headers: { 'Accept-Language': locale } });

  beforeAll(async () => {
    // Budget holds live 2 s here (10 minutes by default), so the sweep's release is seen at once.
    platform = await Platform.start(['notifications', 'legal-templates'], {
      applications: { BUDGET_HOLD_LIFETIME_MS: '2000', BUDGET_SWEEP_INTERVAL_MS: '250' },
    });
    operator = await platform.operator();
    applicant = await platform.signUp();
    programme = await platform.createProgramme(operator);
    probe = new KafkaProbe();
    await probe.listen([Topics.applicationEvents.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await platform?.stop();
  });

  it('registers, logs in, refreshes the session and logs out', async () => {
    const credentials = { email: `lea-${Date.now()}@example.org`, password: 'a long enough password' };
    const registered = await platform.call('/v1/auth/register', {
      method: 'POST',
      body: { ...credentials, role: 'applicant', displayName: 'Léa Dubois', locale: 'fr' },
    });
    expect(registered.status).toBe(201);
    const session = await json<{ accessToken: string; refreshToken: string }>(
      await platform.call('/v1/auth/login', { method: 'POST', body: credentials }),
    );
    const me = await platform.call('/v1/me', { token: session.accessToken });
    expect(await json<{ email: string; role: string }>(me)).toMatchObject({
      email: credentials.email,
      role: 'applicant',
    });

    const refreshed = await platform.call('/v1/auth/refresh', {
      method: 'POST',
      body: { refreshToken: session.refreshToken },
    });
    expect(refreshed.status).toBe(200);
    const next = await json<{ accessToken: string; refreshToken: string }>(refreshed);
    expect((await platform.call('/v1/me', { token: next.accessToken })).status).toBe(200);

    expect(
      (await platform.call('/v1/auth/logout', { method: 'POST', body: { refreshToken: next.refreshToken } })).status,
    ).toBe(204);
    const afterLogout = await platform.call('/v1/auth/refresh', {
      method: 'POST',
      body: { refreshToken: next.refreshToken },
    });
    expect(afterLogout.status).toBe(401);
    expect(afterLogout.headers.get('content-type')).toMatch(PROBLEM);
  });

  it('lets anyone browse open programmes, filtered, and read one', async () => {
    const anonymous = await platform.call('/v1/programmes?region=FR-IDF&kind=grant&impactArea=inclusion&limit=100');
    expect(anonymous.status).toBe(200);
    const page = await json<ProgrammePageView>(anonymous);
    expect(page.items.map((p) => p.id)).toContain(programme.id);
    expect(page.items.every((p) => p.status === 'open' && p.kind === 'grant')).toBe(true);
    const elsewhere = await json<ProgrammePageView>(await platform.call('/v1/programmes?region=FR-BRE&limit=100'));
    expect(elsewhere.items.map((p) => p.id)).not.toContain(programme.id);
    const one = await platform.call(`/v1/programmes/${programme.id}`);
    expect(await json<ProgrammeView>(one)).toMatchObject({ id: programme.id, eligibility: { esusRequired: true } });
  });

  it('goes draft → patch with ETag → submit → eligible, with the history', async () => {
    const draft = await platform.draft(applicant, {
      programmeId: programme.id,
      organisation: { name: 'La Cyclofficine', siren: '732829320' },
    });

    const patched = await patch(draft.id, completeFields(), '"1"');
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"2"');

    const submitted = await submit(draft.id);
    expect(submitted.status).toBe(202);
    // One fact per event: `submitted`, then `screened`.
    expect(submitted.headers.get('etag')).toBe('"4"');
    const view = await json<ApplicationView>(submitted);
    expect(view.status).toBe('eligible');
    expect(view.history.map((h) => h.status)).toEqual(['draft', 'submitted', 'eligible']);

    const read = await json<ApplicationView>(await api(`/v1/applications/${draft.id}`));
    expect(read.screening).toMatchObject({ result: 'eligible', reasons: [], rulesApplied: { programmeVersion: 1 } });
    // What the matcher will read of the project comes back as sent.
    expect(read.project).toMatchObject({ engagementDimensions: ['social-link', 'job-creation'], sdgs: [10, 11] });

    await eventually(() => probe.eventsAbout(draft.id).length >= 4, { what: 'the four events of the journey' });
    expect(probe.eventsAbout(draft.id).map((event) => [event.type, event.aggregateVersion])).toEqual([
      ['application.drafted', 1],
      ['application.draft-updated', 2],
      ['application.submitted', 3],
      ['application.screened', 4],
    ]);
  });

  it('records consent to be shown to investors on the draft, then its withdrawal and renewal after submission', async () => {
    const owner = await platform.signUp();
    const granted = { shareWithInvestors: true, noticeVersion: CURRENT_CONSENT_NOTICE_VERSION };
    const draft = await platform.draft(owner, {
      ...complete(programme.id, 'Atelier Consent', '732829320'),
      consents: granted,
    });
    expect(draft.consents).toMatchObject({ ...granted, by: draft.ownerId });
    expect((await json<ApplicationView>(await submit(draft.id, owner))).status).toBe('eligible');
    const put = (body: object, etag?: string) =>
      platform.call(`/v1/applications/${draft.id}/consents`, {
        method: 'PUT',
        token: owner,
        body,
        headers: etag ? { 'If-Match': etag } : {},
      });

    expect((await put({ ...granted, shareWithInvestors: false })).status).toBe(428);
    const withdrawn = await put({ ...granted, shareWithInvestors: false }, '"3"');
    expect([withdrawn.status, withdrawn.headers.get('etag')]).toEqual([200, '"4"']);
    expect((await put(granted, '"3"')).status).toBe(412);
    const renewed = await put(granted, '"4"');
    expect([renewed.status, renewed.headers.get('etag')]).toEqual([200, '"5"']);

    const view = await json<ApplicationView>(renewed);
    expect(view).toMatchObject({ status: 'eligible', consents: granted });
    expect(view.history.flatMap((entry) => (entry.consent ? [entry.consent.shareWithInvestors] : []))).toEqual([
      true,
      false,
      true,
    ]);
    await eventually(() => probe.eventsAbout(draft.id).length >= 5, { what: 'the consent events' });
    expect(probe.eventsAbout(draft.id).map((event) => event.type)).toEqual([
      'application.drafted',
      'application.submitted',
      'application.screened',
      'application.consent-changed',
      'application.consent-changed',
    ]);
  });

  it('screens a failing application as ineligible with every reason, in French and English; withdraw is refused, a new one allowed', async () => {
    const fields = completeFields();
    const draft = await platform.draft(applicant, {
      programmeId: programme.id,
      organisation: {
        ...fields.organisation,
        name: 'SAS Mobilité',
        siren: '552100554',
        legalForm: 'sas',
        region: 'FR-BRE',
        esus: { certified: false },
      },
      project: { ...fields.project, stage: 'scale', impactAreas: ['culture'] },
      request: { ...fields.request, instrument: 'equity', amountCents: 20_000_000 },
    });

    const view = await json<ApplicationView>(await submit(draft.id));

    expect(view.status).toBe('ineligible');
    expect(view.screening?.reasons.map((r) => r.rule)).toEqual([
      'legal-form',
      'region',
      'impact-areas',
      'stage',
      'amount-range',
      'instrument',
      'esus',
      'co-financing',
    ]);
    expect(view.screening?.reasons[1]).toMatchObject({
      code: 'region-not-covered',
      expected: ['FR-IDF'],
      actual: 'FR-BRE',
    });
    expect(view.screening?.reasons[1].message.fr).toContain('FR-BRE');
    expect(view.screening?.reasons[1].message.en).toContain('not covered');
    const withdraw = await api(`/v1/applications/${draft.id}/withdraw`, { method: 'POST', body: {} });
    expect(withdraw.status).toBe(409);
    expect(withdraw.headers.get('content-type')).toMatch(PROBLEM);
    expect(await withdraw.json()).toMatchObject({
      code: 'application.not-withdrawable',
      type: 'https://pollen.dev/problems/conflict',
      currentStatus: 'ineligible',
    });
    const again = await platform.draft(applicant, {
      programmeId: programme.id,
      organisation: { name: 'SAS Mobilité', siren: '552100554' },
    });
    expect(again.status).toBe('draft');
  });

  it('withdraws a draft and lets the organisation apply again', async () => {
    const body = { programmeId: programme.id, organisation: { name: 'Recyclerie', siren: '123456782' } };
    const draft = await platform.draft(applicant, body);
    expect((await api('/v1/applications', { method: 'POST', body })).status).toBe(409);

    const withdrawn = await api(`/v1/applications/${draft.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'Projet reporté' },
    });
    expect(withdrawn.status).toBe(200);
    expect((await json<ApplicationView>(withdrawn)).history.at(-1)).toMatchObject({
      status: 'withdrawn',
      reason: 'Projet reporté',
    });
    expect((await api('/v1/applications', { method: 'POST', body })).status).toBe(201);
  });

  it('lets the operator decide on an eligible application, with the reason in the history', async () => {
    const draft = await platform.draft(applicant, complete(programme.id, 'Épicerie solidaire', '356000000'));
    const eligible = await json<ApplicationView>(await submit(draft.id));
    expect(eligible.status).toBe('eligible');

    const refusedToApplicant = await api(`/v1/applications/${draft.id}/decision`, {
      method: 'POST',
      body: { decision: 'funded', reason: 'moi' },
    });
    expect(refusedToApplicant.status).toBe(403);
    expect(await refusedToApplicant.json()).toMatchObject({ code: 'auth.role-required' });
    const decided = await platform.call(`/v1/applications/${draft.id}/decision`, {
      method: 'POST',
      token: operator,
      body: { decision: 'funded', reason: 'Comité d’engagement : projet solide et ancré localement' },
    });
    expect(decided.status).toBe(200);
    const view = await json<ApplicationView>(decided);
    expect(view.status).toBe('funded');
    expect(view.history.at(-1)).toMatchObject({
      status: 'funded',
      reason: 'Comité d’engagement : projet solide et ancré localement',
    });

    const told = await eventually(
      async () => {
        const inbox = await json<NotificationListView>(await api('/v1/me/notifications'));
        return inbox.items.find((n) => n.subject === draft.id && n.title.startsWith('Financement accordé'));
      },
      { what: 'the applicant told of the decision' },
    );
    expect(told).toMatchObject({ critical: true });
    expect(told.body).toContain('Le comité a décidé de financer');

    const budget = await eventually(
      async () => {
        const read = await json<ProgrammeView>(
          await platform.call(`/v1/programmes/${programme.id}`, { token: operator }),
        );
        return read.committedCents === 4_000_000 && read;
      },
      { what: 'the decision’s hold committed' },
    );
    expect(budget).toMatchObject({ heldCents: 0, remainingCents: programme.budgetCents - 4_000_000 });
    const publicView = await json<ProgrammeView>(await platform.call(`/v1/programmes/${programme.id}`));
    expect(publicView).not.toHaveProperty('remainingCents');
    const listed = async (token?: string) =>
      (await json<ProgrammePageView>(await platform.call('/v1/programmes?status=all&limit=100', { token }))).items;
    expect((await listed(operator)).find((item) => item.id === programme.id)).toMatchObject({
      committedCents: 4_000_000,
      remainingCents: budget.remainingCents,
    });
    expect((await listed()).find((item) => item.id === programme.id)).not.toHaveProperty('remainingCents');

    const operatorList = await json<ApplicationPageView>(
      await platform.call(`/v1/applications?programmeId=${programme.id}&status=funded`, { token: operator }),
    );
    expect(operatorList.items.map((a) => a.id)).toEqual([draft.id]);
    const mine = await json<ApplicationPageView>(await api('/v1/applications?limit=100'));
    expect(mine.items.every((a) => a.ownerId === view.ownerId)).toBe(true);
  });

  it('releases a budget hold no decision confirms (the gateway stopped between the two steps)', async () => {
    const draft = await platform.draft(applicant, complete(programme.id, 'Atelier partagé', '410001234'));
    expect((await json<ApplicationView>(await submit(draft.id))).status).toBe('eligible');
    const readBudget = async () =>
      json<ProgrammeView>(await platform.call(`/v1/programmes/${programme.id}`, { token: operator }));
    const before = await readBudget();

    // The first step, as the gateway sends it; then nothing, as if it had been killed.
    const hold = requestEnvelope({
      type: 'programmes.reserve-budget',
      subject: programme.id,
      data: { applicationId: draft.id, amountCents: 1_000_000 },
      actor: { id: 'ops', roles: ['operator'] },
      instance: 'a-gateway-that-died',
    });
    await probe.send(Topics.applicationRequests.name, [{ key: programme.id, value: JSON.stringify(hold) }]);
    await eventually(async () => (await readBudget()).heldCents === 1_000_000, { what: 'the hold taken' });

    const after = await eventually(
      async () => {
        const read = await readBudget();
        return read.heldCents === 0 && read;
      },
      { what: 'the hold released by the sweep', timeoutMs: 10_000 },
    );
    expect(after).toMatchObject({ committedCents: before.committedCents, remainingCents: before.remainingCents });
  });

  it('tells the applicant in their inbox that the draft is saved, in their language', async () => {
    const draft = await platform.draft(applicant, complete(programme.id, 'Boussole Numérique', '443061841'));
    const inbox = await eventually(
      async () => {
        const page = await json<NotificationListView>(await api('/v1/me/notifications'));
        return page.items.find((n) => n.subject === draft.id);
      },
      { what: 'notification of the draft' },
    );
    expect(inbox).toMatchObject({ channel: 'in-app', title: 'Brouillon enregistré', status: 'unread' });
    const english = await json<NotificationListView>(
      await api('/v1/me/notifications', { headers: { 'Accept-Language': 'en' } }),
    );
    expect(english.items.find((n) => n.subject === draft.id)?.title).toBe('Draft saved');
  });

  it('lists the seed library of legal templates, published at start, and previews one with the applicant’s figures', async () => {
    const response = await api('/v1/legal-templates?locale=fr');
    expect(response.status).toBe(200);
    const { items } = await json<LegalTemplateListView>(response);
    expect(items.map((item) => [item.key, item.title, item.status])).toEqual(
      expect.arrayContaining([
        ['accord-de-confidentialite', 'Accord de confidentialité', 'published'],
        ['convention-de-subvention', 'Convention de subvention', 'published'],
        ['contrat-de-pret', 'Contrat de prêt', 'published'],
      ]),
    );

    const { version } = items.find((item) => item.key === 'accord-de-confidentialite') ?? {};
    const preview = await api(`/v1/legal-templates/accord-de-confidentialite/versions/${version}/preview`, {
      method: 'POST',
      body: {
        locale: 'fr',
        variables: {
          discloser: { name: 'La Cyclofficine', legalForm: 'association loi 1901', siren: '732829320' },
          recipient: { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' },
          project: 'Ateliers vélo solidaires',
          durationYears: 2,
          signing: { date: '2026-12-01', place: 'Paris' },
        },
      },
    });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await preview.text();
    expect(page).toContain('<h2>Article 5 — Durée</h2>');
    expect(page).toContain('pendant 2 ans');
    expect(page).toContain('SIREN 732\u00a0829\u00a0320');
  });

  describe('refusals, each a 4xx problem+json', () => {
    let draft: ApplicationView;

    beforeAll(async () => {
      draft = await platform.draft(applicant, {
        programmeId: programme.id,
        organisation: { name: 'Refus', siren: '987654324' },
      });
    });

    const expectProblem = async (response: Response, status: number): Promise<Problem> => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(PROBLEM);
      return json<Problem>(response);
    };

    it('no token → 401; wrong role → 403; another owner → 404', async () => {
      await expectProblem(await platform.call(`/v1/applications/${draft.id}`), 401);
      const investor = await platform.signUp('investor');
      await expectProblem(await platform.call(`/v1/applications/${draft.id}`, { token: investor }), 403);
      const stranger = await platform.signUp();
      await expectProblem(await platform.call(`/v1/applications/${draft.id}`, { token: stranger }), 404);
      await expectProblem(await patch(draft.id, { project: { title: 'x' } }, '"1"', stranger), 404);
    });

    it('missing If-Match → 428; stale → 412', async () => {
      await expectProblem(await patch(draft.id, { project: { title: 'x' } }), 428);
      await expectProblem(await patch(draft.id, { project: { title: 'x' } }, '"99"'), 412);
    });

    it('incomplete submission → 422 listing every missing field, in the caller’s language', async () => {
      const fr = await expectProblem(await submit(draft.id, applicant, 'fr'), 422);
      expect(fr.errors?.map((e) => e.field)).toContain('project.totalCostCents');
      expect(fr.errors).toHaveLength(12);
      expect(fr.errors?.[0].message).toMatch(/requis/);
      const en = await expectProblem(await submit(draft.id, applicant, 'en'), 422);
      expect(en.errors?.[0].message).toMatch(/required/);
    });

    it('late submission → 422 with the reason', async () => {
      const late = await platform.createProgramme(operator, { title: 'Appel bientôt clos' });
      const application = await platform.draft(applicant, complete(late.id, 'Tard', '732829320'));
      const closeNow = await platform.call(`/v1/programmes/${late.id}`, {
        method: 'PATCH',
        token: operator,
        body: {
          opensAt: new Date(Date.now() - 20 * DAY).toISOString(),
          closesAt: new Date(Date.now() - 1000).toISOString(),
        },
        headers: { 'Content-Type': 'application/merge-patch+json' },
      });
      expect(closeNow.status).toBe(200);
      const problem = await expectProblem(await submit(application.id, applicant, 'en'), 422);
      expect(problem).toMatchObject({ reason: 'closed' });
      expect(problem.detail).toMatch(/closed/);
    });

    it('invalid SIREN, unknown fields, status/ownerId, Mongo operators → 400 listing each field, in French by default', async () => {
      const problem = await expectProblem(
        await api('/v1/applications', {
          method: 'POST',
          body: {
            programmeId: { $gt: '' },
            status: 'funded',
            ownerId: 'me',
            organisation: { name: 'X', siren: '123456789', $where: '1' },
          },
        }),
        400,
      );
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(
        expect.arrayContaining(['organisation.$where', 'organisation.siren', 'ownerId', 'programmeId', 'status']),
      );
      expect(problem.errors?.find((e) => e.field === 'organisation.siren')?.message).toMatch(/SIREN : 9 chiffres/);
      expect(problem.detail).toBe('La requête n’est pas valide');
      const merged = await expectProblem(
        await patch(draft.id, { status: 'funded', organisation: { siren: '552100554' } }, '"1"'),
        400,
      );
      expect(merged.errors?.map((e) => e.field)).toContain('status');
    });

    it('a draft for an unknown programme → 422; an unknown programme → 404', async () => {
      await expectProblem(
        await api('/v1/applications', {
          method: 'POST',
          body: {
            programmeId: '00000000-0000-4000-8000-000000000000',
            organisation: { name: 'X', siren: '732829320' },
          },
        }),
        422,
      );
      await expectProblem(await platform.call('/v1/programmes/00000000-0000-4000-8000-000000000000'), 404);
    });

    it('only operators create or change programmes', async () => {
      await expectProblem(await api('/v1/programmes', { method: 'POST', body: {} }), 403);
      await expectProblem(await platform.call('/v1/programmes', { method: 'POST', body: {} }), 401);
    });
  });
  it('answers a create retried with its Idempotency-Key once: one draft, one programme, the first answers again', async () => {
    const key = `retry-${Date.now()}`;
    const draftBody = { programmeId: programme.id, organisation: { name: 'Coopérative Retry', siren: '412345670' } };
    const create = () =>
      api('/v1/applications', { method: 'POST', body: draftBody, headers: { 'Idempotency-Key': key } });
    const first = await create();
    const retry = await create();
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const [drafted, replayed] = [await json<ApplicationView>(first), await json<ApplicationView>(retry)];
    expect(replayed).toEqual(drafted);
    const mine = await json<{ items: ApplicationView[] }>(await api('/v1/applications?limit=100'));
    expect(mine.items.filter((a) => a.organisation.siren === '412345670')).toHaveLength(1);

    const programmeBody = { ...aProgramme(), title: `Appel rejoué ${key}` };
    const createProgramme = () =>
      platform.call('/v1/programmes', {
        method: 'POST',
        token: operator,
        body: programmeBody,
        headers: { 'Idempotency-Key': key },
      });
    const created = await json<ProgrammeView>(await createProgramme());
    const again = await createProgramme();
    expect(again.status).toBe(201);
    expect((await json<ProgrammeView>(again)).id).toBe(created.id);
    const listed = await json<ProgrammePageView>(await platform.call('/v1/programmes?limit=100', { token: operator }));
    expect(listed.items.filter((p) => p.title === programmeBody.title)).toHaveLength(1);
  });
});
