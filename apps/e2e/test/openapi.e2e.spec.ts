import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import {
  type ApplicationView,
  CURRENT_CONSENT_NOTICE_VERSION,
  type DealFlowItemView,
  type EligibilityReasonCode,
  type ProgrammeView,
  Topics,
} from '@pollen/contracts';
import { applicationDrafted, eventually, KafkaProbe, uniqueName, WebhookReceiver } from '@pollen/testing';

import { type Exchange, OPENAPI_FILE, OpenApiContract } from './openapi-contract';
import { aProgramme, aSiren, completeFields, DAY, Platform } from './platform';

/**
 * docs/openapi.json against the real built gateway and services: every documented operation is
 * driven, succeeding and failing, and every real answer (status, documented headers, content type,
 * body) must match the document, with no field the document does not describe.
 */
describe('the OpenAPI document, against the running platform', () => {
  const contract = new OpenApiContract();
  let platform: Platform;
  let operator: string;
  let applicant: string;
  let investor: string;
  let programme: ProgrammeView;
  let receiver: WebhookReceiver;

  /**
   * Conditional GET headers. fetch adds `Cache-Control: no-cache` to a request with `If-None-Match`
   * unless it has one (which then asks for the body anyway): say `max-age=0` instead.
   */
  const ifNoneMatch = (etag: string | null) => ({ 'If-None-Match': etag ?? '', 'Cache-Control': 'max-age=0' });

  /** One request through the gateway; its answer is checked against the document before the test sees it. */
  async function call(
    path: string,
    init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Exchange> {
    const response = await platform.call(path, init);
    const text = await response.text();
    const isJson = /^application\/([\w.-]+\+)?json/.test(response.headers.get('content-type') ?? '');
    const exchange: Exchange = {
      status: response.status,
      headers: response.headers,
      text,
      // A JSON body is checked as JSON; any other (an HTML preview) as the string it is.
      body: text && isJson ? JSON.parse(text) : text || undefined,
    };
    const problems = contract.check(init.method ?? 'GET', path, exchange);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return exchange;
  }

  /** Asserts the status (and problem code), with the body in the message when it differs. */
  function expectAnswer(exchange: Exchange, status: number, code?: string): void {
    const seen = { status: exchange.status, code: exchange.body?.code };
    const wanted = { status, code: code ?? (status >= 400 ? seen.code : undefined) };
    if (seen.status !== wanted.status || seen.code !== wanted.code) {
      throw new Error(`expected ${status}${code ? ` ${code}` : ''}, got ${exchange.status}: ${exchange.text}`);
    }
  }

  const as = (token: string) => ({
    get: (path: string, headers: Record<string, string> = {}) => call(path, { token, headers }),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) =>
      call(path, { method: 'POST', token, body, headers }),
    patch: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      call(path, {
        method: 'PATCH',
        token,
        body,
        headers: { 'Content-Type': 'application/merge-patch+json', ...headers },
      }),
    put: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      call(path, { method: 'PUT', token, body, headers }),
    delete: (path: string) => call(path, { method: 'DELETE', token }),
  });

  const draftOf = (programmeId: string, siren = aSiren()) => ({
    programmeId,
    organisation: { name: 'La Cyclofficine', siren },
  });

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    platform = await Platform.start(['notifications', 'legal-templates', 'operations', 'matching'], {
      notifications: { WEBHOOK_ALLOWED_TARGETS: receiver.hostPort },
    });
    [operator, applicant, investor] = await Promise.all([
      platform.operator(),
      platform.signUp('applicant'),
      platform.signUp('investor'),
    ]);
    programme = await platform.createProgramme(operator);
  });

  afterAll(async () => {
    await platform?.stop();
    await receiver?.stop();
  });

  it('is the document the gateway serves at /docs-json', async () => {
    const served: unknown = await (await platform.call('/docs-json')).json();

    expect(served).toEqual(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')));
  });

  it('describes the account routes', async () => {
    const email = `${uniqueName('lea')}@example.org`;
    const password = 'a long enough password';
    const anyone = as('');
    const account = { email, password, role: 'applicant', displayName: 'Léa Dubois', locale: 'fr' };

    expectAnswer(await anyone.post('/v1/auth/register', account), 201);
    expectAnswer(await anyone.post('/v1/auth/register', { ...account, email: email.toUpperCase() }), 409);
    expectAnswer(await anyone.post('/v1/auth/register', { ...account, role: 'operator', extra: 1 }), 400);
    expectAnswer(await anyone.post('/v1/auth/register', '{"email": '), 400, 'validation-failed');
    expectAnswer(await anyone.post('/v1/auth/register', { ...account, padding: 'x'.repeat(110_000) }), 413);

    const session = await anyone.post('/v1/auth/login', { email, password });
    expectAnswer(session, 200);
    expectAnswer(await anyone.post('/v1/auth/login', { email, password: 'not the password' }), 401);
    expectAnswer(await anyone.post('/v1/auth/login', {}), 400);

    const me = await as(session.body.accessToken).get('/v1/me');
    expectAnswer(me, 200);
    expectAnswer(await as(session.body.accessToken).get('/v1/me', ifNoneMatch(me.headers.get('etag'))), 304);
    expectAnswer(await anyone.get('/v1/me'), 401, 'auth.token-required');
    // A plain JSON body, not a merge patch: no field can be removed.
    const mine = as(session.body.accessToken);
    const json = { 'Content-Type': 'application/json' };
    const changed = await mine.patch('/v1/me', { displayName: 'Léa D.', locale: 'en' }, json);
    expectAnswer(changed, 200);
    expect(changed.body).toMatchObject({ displayName: 'Léa D.', locale: 'en' });
    expectAnswer(await mine.patch('/v1/me', { displayName: ' ' }, json), 400, 'validation-failed');

    const refreshed = await anyone.post('/v1/auth/refresh', { refreshToken: session.body.refreshToken });
    expectAnswer(refreshed, 200);
    expectAnswer(await anyone.post('/v1/auth/refresh', { refreshToken: session.body.refreshToken }), 401);
    expectAnswer(await anyone.post('/v1/auth/refresh', { refreshToken: '' }), 400);

    expectAnswer(await anyone.post('/v1/auth/logout', { refreshToken: refreshed.body.refreshToken }), 204);
    expectAnswer(await anyone.post('/v1/auth/logout', {}), 400);

    // A browser's cookie mode (docs/api.md, "Browser sessions"): Set-Cookie and bodies as documented.
    const browser = { 'X-Pollen-Session': 'cookie', Origin: platform.gateway.url };
    const cookieOf = (exchange: Exchange) => ({ Cookie: exchange.headers.getSetCookie()[0].split(';')[0] });
    const inBrowser = await anyone.post('/v1/auth/login', { email, password }, browser);
    expectAnswer(inBrowser, 200);
    const elsewhere = { ...browser, ...cookieOf(inBrowser), Origin: 'https://elsewhere.example' };
    expectAnswer(await anyone.post('/v1/auth/refresh', undefined, elsewhere), 403, 'auth.origin-not-allowed');
    const renewed = await anyone.post('/v1/auth/refresh', undefined, { ...browser, ...cookieOf(inBrowser) });
    expectAnswer(renewed, 200);
    expectAnswer(await anyone.post('/v1/auth/logout', undefined, elsewhere), 403, 'auth.origin-not-allowed');
    expectAnswer(await anyone.post('/v1/auth/logout', undefined, { ...browser, ...cookieOf(renewed) }), 204);
  });

  it('describes the programme routes', async () => {
    const anyone = as('');
    const page = await anyone.get('/v1/programmes?status=all&kind=grant&region=FR-IDF&impactArea=inclusion&limit=1');
    expectAnswer(page, 200);
    expectAnswer(await anyone.get(`/v1/programmes?cursor=${encodeURIComponent(page.body.nextCursor ?? '')}`), 200);
    expectAnswer(await anyone.get('/v1/programmes', ifNoneMatch('*')), 304);
    expectAnswer(await anyone.get('/v1/programmes?limit=0&status=some'), 400);

    const one = await anyone.get(`/v1/programmes/${programme.id}`);
    expectAnswer(one, 200);
    expectAnswer(await anyone.get(`/v1/programmes/${programme.id}`, ifNoneMatch(one.headers.get('etag'))), 304);
    expectAnswer(await anyone.get('/v1/programmes/not-an-id'), 404, 'not-found');
    expectAnswer(await anyone.get(`/v1/programmes/${randomUUID()}`), 404, 'programme.not-found');

    const created = await as(operator).post('/v1/programmes', { ...aProgramme(), maxShareOfCost: undefined });
    expectAnswer(created, 201);
    expectAnswer(await as(applicant).post('/v1/programmes', aProgramme()), 403, 'auth.role-required');
    expectAnswer(await anyone.post('/v1/programmes', aProgramme()), 401);
    expectAnswer(await as(operator).post('/v1/programmes', { ...aProgramme(), kind: 'gift', budgetCents: -1 }), 400);
    const backwards = {
      ...aProgramme(),
      opensAt: new Date(Date.now() + DAY).toISOString(),
      closesAt: new Date().toISOString(),
    };
    expectAnswer(await as(operator).post('/v1/programmes', backwards), 400, 'validation-failed');
    // Deadlines: a bare date is a day in Paris time; a date-time must say its offset.
    const parisDays = await as(operator).post('/v1/programmes', {
      ...aProgramme(),
      opensAt: '2026-03-29',
      closesAt: '2026-10-25',
    });
    expectAnswer(parisDays, 201);
    const stored = await anyone.get(`/v1/programmes/${parisDays.body.id}`);
    expect([stored.body.opensAt, stored.body.closesAt]).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-10-25T22:59:59.999Z',
    ]);
    const noOffset = await as(operator).post('/v1/programmes', { ...aProgramme(), closesAt: '2026-10-25T18:00:00' });
    expectAnswer(noOffset, 400, 'validation-failed');
    expect(noOffset.body.errors).toEqual([expect.objectContaining({ field: 'closesAt', code: 'offsetRequired' })]);

    const path = `/v1/programmes/${created.body.id}`;
    expectAnswer(await as(operator).patch(path, { maxShareOfCost: 0.4, eligibility: { regions: null } }), 200);
    expectAnswer(
      await as(operator).patch(path, { title: 'Plain JSON works too' }, { 'Content-Type': 'application/json' }),
      200,
    );
    expectAnswer(await as(operator).patch(path, { title: null }), 400);
    expectAnswer(
      await as(operator).patch(`/v1/programmes/${randomUUID()}`, { title: 'x' }),
      404,
      'programme.not-found',
    );
    expectAnswer(await as(investor).patch(path, { title: 'x' }), 403);
  });

  it('describes drafting and editing an application', async () => {
    const applications = as(applicant);
    const body = draftOf(programme.id);
    const draft = await applications.post('/v1/applications', body);
    expectAnswer(draft, 201);
    const id = (draft.body as ApplicationView).id;
    const duplicate = await applications.post('/v1/applications', body);
    expectAnswer(duplicate, 409, 'application.duplicate-active');
    expect(duplicate.body.existingApplicationId).toBe(id);
    expectAnswer(await applications.post('/v1/applications', draftOf(randomUUID())), 422, 'programme.unknown');
    const closed = await platform.createProgramme(operator, {
      opensAt: new Date(Date.now() - 2 * DAY).toISOString(),
      closesAt: new Date(Date.now() - DAY).toISOString(),
    });
    expectAnswer(await applications.post('/v1/applications', draftOf(closed.id)), 422, 'programme.closed');
    expectAnswer(await applications.post('/v1/applications', { ...body, organisation: { siren: '123' } }), 400);
    expectAnswer(await as(investor).post('/v1/applications', draftOf(programme.id)), 403);

    const path = `/v1/applications/${id}`;
    const read = await applications.get(path);
    expectAnswer(read, 200);
    expectAnswer(await applications.get(path, ifNoneMatch(read.headers.get('etag'))), 304);
    expectAnswer(await applications.get('/v1/applications/nope'), 404, 'not-found');
    expectAnswer(await applications.get(`/v1/applications/${randomUUID()}`), 404, 'application.not-found');

    expectAnswer(await applications.patch(path, { project: { title: 'Atelier' } }), 428, 'request.if-match-required');
    const edited = await applications.patch(
      path,
      { ...completeFields(), project: { ...completeFields().project } },
      { 'If-Match': '"1"' },
    );
    expectAnswer(edited, 200);
    expect(edited.headers.get('etag')).toBe('"2"');
    const stale = await applications.patch(path, { project: { title: 'Atelier' } }, { 'If-Match': '"1"' });
    expectAnswer(stale, 412, 'application.version-mismatch');
    expect(stale.body.currentVersion).toBe(2);
    expectAnswer(await applications.patch(path, { project: null }, { 'If-Match': 'not a tag' }), 412);
    expectAnswer(await applications.patch(path, { programmeId: randomUUID() }, { 'If-Match': '*' }), 400);
    expectAnswer(
      await applications.patch(path, { project: null }, { 'If-Match': 'W/"2"' }),
      412,
      'precondition-failed',
    );
    expectAnswer(await applications.patch(path, { request: { purpose: null } }, { 'If-Match': 'W/"2", "2"' }), 200);

    const list = await applications.get(`/v1/applications?programmeId=${programme.id}&status=draft&limit=10`);
    expectAnswer(list, 200);
    expect(list.body.items.map((item: ApplicationView) => item.id)).toContain(id);
    expectAnswer(await applications.get('/v1/applications?status=paid'), 400);
    expectAnswer(await as(investor).get('/v1/applications'), 403);

    const consents = `${path}/consents`;
    const granted = { shareWithInvestors: true, noticeVersion: CURRENT_CONSENT_NOTICE_VERSION };
    expectAnswer(await applications.put(consents, granted), 428, 'request.if-match-required');
    expectAnswer(await applications.put(consents, granted, { 'If-Match': '"3"' }), 200);
    expectAnswer(await applications.put(consents, granted, { 'If-Match': '"3"' }), 412, 'application.version-mismatch');
    expectAnswer(
      await applications.put(consents, { ...granted, noticeVersion: '1999-01-01' }, { 'If-Match': '*' }),
      400,
    );
    expectAnswer(await as(investor).put(consents, granted, { 'If-Match': '*' }), 403);
    expectAnswer(
      await applications.put(`/v1/applications/${randomUUID()}/consents`, granted, { 'If-Match': '*' }),
      404,
      'application.not-found',
    );

    expectAnswer(await applications.post(`${path}/withdraw`, { reason: 'Projet reporté' }), 200);
    expectAnswer(await applications.put(consents, { ...granted, shareWithInvestors: false }, { 'If-Match': '*' }), 200);
    expectAnswer(
      await applications.put(consents, granted, { 'If-Match': '*' }),
      409,
      'application.consent-not-grantable',
    );
    expectAnswer(await applications.post(`${path}/withdraw`), 409, 'application.not-withdrawable');
    expectAnswer(await applications.post(`${path}/withdraw`, { reason: 'x'.repeat(2001) }), 400);
    expectAnswer(await applications.patch(path, { project: null }, { 'If-Match': '*' }), 409, 'application.not-draft');
  });

  it('describes submission, screening with every kind of eligibility reason, and the decision', async () => {
    const applications = as(applicant);
    const fields = completeFields();
    const submit = (id: string) => applications.post(`/v1/applications/${id}/submit`);
    const drafted = async (body: object) => (await applications.post('/v1/applications', body)).body as ApplicationView;

    const incomplete = await drafted(draftOf(programme.id));
    expectAnswer(await submit(incomplete.id), 422, 'application.incomplete');
    const upcoming = await platform.createProgramme(operator, { opensAt: new Date(Date.now() + DAY).toISOString() });
    const early = await drafted({
      ...fields,
      programmeId: upcoming.id,
      organisation: { ...fields.organisation, name: 'Tôt', siren: aSiren() },
    });
    expectAnswer(await submit(early.id), 422, 'programme.not-open-yet');
    expectAnswer(await submit(randomUUID()), 404, 'application.not-found');

    const eligible = await drafted({
      ...fields,
      programmeId: programme.id,
      organisation: { ...fields.organisation, name: 'Bonne', siren: aSiren() },
    });
    const screened = await submit(eligible.id);
    expectAnswer(screened, 202);
    expect(screened.body.status).toBe('eligible');
    expectAnswer(await submit(eligible.id), 409, 'application.not-draft');

    // Fails eight rules at once: strings, arrays, numbers, objects and null in `expected`/`actual`.
    const failing = await drafted({
      programmeId: programme.id,
      organisation: {
        ...fields.organisation,
        name: 'SAS',
        siren: aSiren(),
        legalForm: 'sas',
        region: 'FR-BRE',
        esus: { certified: false },
      },
      project: { ...fields.project, stage: 'scale', impactAreas: ['culture'] },
      request: { ...fields.request, instrument: 'equity', amountCents: 20_000_000 },
    });
    // And the three others: an amount below the minimum, no total cost, an expired agrément.
    const short = await drafted({
      programmeId: programme.id,
      organisation: {
        ...fields.organisation,
        name: 'Petite',
        siren: aSiren(),
        esus: { certified: true, expiresOn: '2020-01-31' },
      },
      project: { ...fields.project, totalCostCents: 0 },
      request: { ...fields.request, amountCents: 500_000 },
    });
    const codes = new Set<EligibilityReasonCode>();
    for (const application of [failing, short]) {
      const answer = await submit(application.id);
      expectAnswer(answer, 202);
      expect(answer.body.status).toBe('ineligible');
      const read = await applications.get(`/v1/applications/${application.id}`);
      read.body.screening.reasons.forEach((reason: { code: EligibilityReasonCode }) => codes.add(reason.code));
    }
    expect([...codes].sort()).toEqual([
      'amount-above-maximum',
      'amount-below-minimum',
      'esus-expired',
      'esus-required',
      'instrument-mismatch',
      'legal-form-not-accepted',
      'no-shared-impact-area',
      'region-not-covered',
      'share-of-cost-exceeded',
      'stage-not-accepted',
      'total-cost-missing',
    ]);
    // The list carries the same reasons (string, array and object `expected`/`actual`).
    expectAnswer(await applications.get(`/v1/applications?programmeId=${programme.id}&status=ineligible`), 200);
    expectAnswer(await as(operator).get(`/v1/applications?programmeId=${programme.id}&limit=100`), 200);

    const decision = (id: string, body: unknown, token = operator) =>
      as(token).post(`/v1/applications/${id}/decision`, body);
    expectAnswer(await decision(eligible.id, { decision: 'maybe', reason: ' ' }), 400);
    expectAnswer(
      await decision(eligible.id, { decision: 'funded', reason: 'moi' }, applicant),
      403,
      'auth.role-required',
    );
    expectAnswer(
      await decision(incomplete.id, { decision: 'declined', reason: 'Incomplet' }),
      409,
      'application.not-decidable',
    );
    expectAnswer(
      await decision(eligible.id, { decision: 'funded', reason: 'x', fundedBy: 'investor', matchId: randomUUID() }),
      422,
      'decision.investor-funding-unavailable',
    );
    expectAnswer(
      await decision(eligible.id, { decision: 'funded', reason: 'x', terms: { annualRatePercent: 2 } }),
      400,
      'validation-failed',
    );
    expectAnswer(await decision(eligible.id, { decision: 'funded', reason: 'Comité : projet solide' }), 200);

    // The decision makes the programme's agreement, which its applicant reads with the application.
    const documents = await eventually(
      async () => {
        const answer = await applications.get(`/v1/applications/${eligible.id}/documents`);
        return answer.body.items?.length > 0 && answer;
      },
      { what: 'the funded application’s agreement' },
    );
    expectAnswer(documents, 200);
    expectAnswer(await as(investor).get(`/v1/applications/${eligible.id}/documents`), 404, 'application.not-found');

    // An operator signs the programme's agreement for its funder, over the French PDF's hash.
    const [agreement] = documents.body.items;
    const sign = (token: string, body: object) => as(token).post(`/v1/documents/${agreement.id}/sign`, body);
    const declaration = {
      fullName: 'Claire Martin',
      capacity: 'Directrice de l’ESS',
      consent: true,
      sha256: agreement.files.find((file: { format: string }) => file.format === 'pdf').sha256,
      password: 'pollen-operator',
    };
    expectAnswer(await sign(operator, { ...declaration, consent: false }), 400);
    expectAnswer(await sign(operator, { ...declaration, password: 'wrong' }), 401, 'auth.invalid-credentials');
    expectAnswer(await sign(investor, declaration), 401, 'auth.invalid-credentials');
    expectAnswer(await sign(operator, { ...declaration, sha256: 'a'.repeat(64) }), 412, 'document.hash-mismatch');
    expectAnswer(await sign(operator, declaration), 200);
    expectAnswer(await sign(operator, declaration), 409, 'document.already-signed');
    expectAnswer(await as(operator).post(`/v1/documents/${randomUUID()}/sign`, declaration), 404, 'document.not-found');
    expectAnswer(await applications.get('/v1/applications/not-a-uuid/documents'), 404, 'not-found');
  });

  it('describes the inbox and the legal templates', async () => {
    const inbox = await eventually(
      async () => {
        const answer = await as(applicant).get('/v1/me/notifications', { 'Accept-Language': 'en' });
        return answer.body.items.length > 0 && answer;
      },
      { what: 'a notification for the applicant' },
    );
    expectAnswer(inbox, 200);
    expectAnswer(await as('').get('/v1/me/notifications'), 401);
    expectAnswer(await as(investor).get('/v1/legal-templates'), 200);
    expectAnswer(await as('not-a-token').get('/v1/legal-templates'), 401);
  });

  it('describes reading the inbox and the notification preferences', async () => {
    const { items } = (await as(applicant).get('/v1/me/notifications?limit=1')).body as { items: { id: string }[] };
    expectAnswer(await as(applicant).post(`/v1/me/notifications/${encodeURIComponent(items[0].id)}/read`), 204);
    expectAnswer(await as(investor).post(`/v1/me/notifications/${encodeURIComponent(items[0].id)}/read`), 404);
    expectAnswer(await as(applicant).post('/v1/me/notifications/read-all'), 204);
    expectAnswer(await as('').post('/v1/me/notifications/read-all'), 401);

    expectAnswer(await as(applicant).get('/v1/me/notification-preferences'), 200);
    expectAnswer(await as('').get('/v1/me/notification-preferences'), 401);
    const choices = { 'e-mail': false, 'in-app': true, webhook: true };
    const preferences = { categories: { matching: choices }, dealFlowAlerts: 'daily' };
    expectAnswer(await as(investor).put('/v1/me/notification-preferences', preferences), 200);
    expectAnswer(await as(investor).put('/v1/me/notification-preferences', { categories: {} }), 400);
  });

  it('describes webhooks', async () => {
    const webhooks = as(investor);
    const registration = { url: receiver.url('/openapi'), events: ['deal-flow.match-proposed'] };
    const created = await webhooks.post('/v1/webhooks', registration);
    expectAnswer(created, 201);
    expectAnswer(await as(applicant).post('/v1/webhooks', registration), 403);
    expectAnswer(await webhooks.post('/v1/webhooks', { ...registration, url: 'http://169.254.169.254/' }), 400);
    const id = (created.body as { id: string }).id;
    expectAnswer(await webhooks.get('/v1/webhooks'), 200);
    expectAnswer(await as(applicant).get('/v1/webhooks'), 403);
    expectAnswer(await webhooks.post(`/v1/webhooks/${id}/rotate-secret`), 200);
    expectAnswer(await webhooks.post(`/v1/webhooks/${randomUUID()}/rotate-secret`), 404, 'webhook.not-found');
    expectAnswer(await webhooks.get(`/v1/webhooks/${id}/deliveries`), 200);
    expectAnswer(await webhooks.get(`/v1/webhooks/${randomUUID()}/deliveries`), 404, 'webhook.not-found');
    expectAnswer(await webhooks.delete(`/v1/webhooks/${id}`), 204);
    expectAnswer(await webhooks.delete(`/v1/webhooks/${id}`), 404, 'webhook.not-found');
  });

  it('describes the operators’ dead letters', async () => {
    const probe = new KafkaProbe();
    const event = applicationDrafted();
    const topic = Topics.applicationEvents;
    try {
      await probe.sendDeadLetter(topic, 'notifications', {
        key: event.subject,
        value: JSON.stringify(event),
        type: event.type,
        reason: 'retries-exhausted',
        error: 'a bug, since fixed',
        attempts: 4,
      });
    } finally {
      await probe.close();
    }
    const page = await eventually(
      async () => {
        const answer = await as(operator).get(`/v1/ops/dead-letters?topic=${encodeURIComponent(topic.name)}`);
        return answer.body.items.some((letter: { key: string }) => letter.key === event.subject) && answer;
      },
      { what: 'the dead letter listed' },
    );
    expectAnswer(page, 200);
    const id = encodeURIComponent(page.body.items.find((letter: { key: string }) => letter.key === event.subject).id);
    expectAnswer(await as(operator).get('/v1/ops/dead-letters?state=lost'), 400);
    expectAnswer(await as(operator).get(`/v1/ops/dead-letters/${id}`), 200);
    expectAnswer(await as(applicant).get(`/v1/ops/dead-letters/${id}`), 403);
    expectAnswer(await as(operator).post(`/v1/ops/dead-letters/${id}/replay`), 202);
    expectAnswer(await as(operator).post(`/v1/ops/dead-letters/${encodeURIComponent('x.dlt:0:1')}/replay`), 404);
  });

  it('describes the platform’s status and an application’s timeline, to operators only', async () => {
    expectAnswer(await as(operator).get('/v1/ops/status'), 200);
    expectAnswer(await as(applicant).get('/v1/ops/status'), 403, 'auth.role-required');

    const drafted = (await as(applicant).post('/v1/applications', draftOf(programme.id))).body as ApplicationView;
    const timeline = `/v1/ops/applications/${drafted.id}/timeline`;
    await eventually(async () => (await platform.call(timeline, { token: operator })).status === 200 || undefined, {
      what: 'the draft in its timeline',
      timeoutMs: 30_000,
    });
    expectAnswer(await as(operator).get(`${timeline}?limit=5`), 200);
    expectAnswer(await as(operator).get(`${timeline}?limit=500`), 400, 'validation-failed');
    expectAnswer(await as(operator).get(`/v1/ops/applications/${randomUUID()}/timeline`), 404, 'timeline.not-found');
    expectAnswer(await as(applicant).get(timeline), 403, 'auth.role-required');
  });

  it('describes the operators’ notification failures', async () => {
    expectAnswer(await as(operator).get('/v1/ops/notifications/failures?status=dead&limit=10'), 200);
    expectAnswer(await as(operator).get('/v1/ops/notifications/failures?status=sent'), 400, 'validation-failed');
    expectAnswer(await as(applicant).get('/v1/ops/notifications/failures'), 403, 'auth.role-required');
  });

  it('describes the investor routes: the profile and the operators’ vetting', async () => {
    const read = await as(investor).get('/v1/investors/me');
    expectAnswer(read, 200);
    expectAnswer(await as(applicant).get('/v1/investors/me'), 403);
    const profile = {
      organisation: { name: 'Fonds Solidaire Démo', siren: aSiren() },
      kind: 'impact-fund',
      contact: { name: 'Camille Martin', email: 'camille@fonds-demo.example' },
      thesis: { ticketMinCents: 1_000_000, ticketMaxCents: 10_000_000, esusRequired: false, sdgs: [8] },
      capacityPerMonth: 3,
      active: true,
    };
    expectAnswer(await as(investor).patch('/v1/investors/me', profile), 428, 'request.if-match-required');
    const filled = await as(investor).patch('/v1/investors/me', profile, {
      'If-Match': read.headers.get('etag') ?? '',
    });
    expectAnswer(filled, 200);
    const id: string = filled.body.id;

    expectAnswer(await as(operator).get('/v1/ops/investors?status=pending&limit=100'), 200);
    expectAnswer(await as(operator).get('/v1/ops/investors?limit=101'), 400);
    expectAnswer(await as(operator).get(`/v1/ops/investors/${id}`), 200);
    expectAnswer(await as(operator).get(`/v1/ops/investors/${randomUUID()}`), 404, 'investor.not-found');
    expectAnswer(await as(operator).post(`/v1/ops/investors/${id}/reinstate`), 409, 'investor.illegal-transition');
    expectAnswer(await as(operator).post(`/v1/ops/investors/${id}/approve`), 200);
    expectAnswer(await as(operator).post(`/v1/ops/investors/${id}/approve`), 409, 'investor.illegal-transition');
    expectAnswer(await as(operator).post(`/v1/ops/investors/${id}/suspend`, { reason: ' ' }), 400);
    expectAnswer(await as(operator).post(`/v1/ops/investors/${id}/suspend`, { reason: 'Plainte en cours' }), 200);
    expectAnswer(await as(operator).post(`/v1/ops/investors/${id}/reinstate`), 200);

    const other = await platform.signUp('investor');
    const otherId: string = (await as(other).get('/v1/me')).body.id;
    await eventually(async () => (await platform.call(`/v1/ops/investors/${otherId}`, { token: operator })).ok, {
      what: 'matching saw the second investor',
    });
    expectAnswer(await as(operator).post(`/v1/ops/investors/${otherId}/reject`, {}), 400);
    expectAnswer(await as(operator).post(`/v1/ops/investors/${otherId}/reject`, { reason: 'Hors périmètre' }), 200);
  });

  it('describes the legal template routes: drafts, publishing and previews', async () => {
    const key = uniqueName('convention')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    const draft = {
      key,
      version: '1.0.0',
      title: { fr: 'Convention de subvention', en: 'Grant agreement' },
      description: { fr: 'Entre un financeur et un bénéficiaire', en: 'Between a funder and a grantee' },
      instruments: ['grant'],
      schema: {
        type: 'object',
        required: ['amountCents'],
        properties: { amountCents: { type: 'integer', minimum: 1 } },
      },
      bodies: {
        fr: '<h1>Convention</h1><p>Montant : {{ amountCents | amount }} ({{ amountCents | amount_in_words }})</p>',
        en: '<h1>Agreement</h1><p>Amount: {{ amountCents | amount }} ({{ amountCents | amount_in_words }})</p>',
      },
    };
    const ops = as(operator);
    expectAnswer(await ops.post('/v1/legal-templates', { ...draft, key: 'Not A Key' }), 400);
    expectAnswer(await as(investor).post('/v1/legal-templates', draft), 403);
    expectAnswer(await ops.post('/v1/legal-templates', draft), 201);
    expectAnswer(await ops.post('/v1/legal-templates', draft), 409, 'template.key-taken');
    const versions = `/v1/legal-templates/${key}/versions`;
    expectAnswer(await ops.post(versions, { ...draft, key: undefined }), 409, 'template.version-not-newer');
    expectAnswer(
      await ops.post(`/v1/legal-templates/${key}-none/versions`, { ...draft, key: undefined, version: '1.0.1' }),
      404,
      'template.not-found',
    );
    expectAnswer(await ops.patch(`${versions}/1.0.0`, { bodies: { en: '<div>{{ amountCents }}</div>' } }), 200);
    expectAnswer(await ops.patch(`${versions}/1.0.0`, { instruments: ['gift'] }), 400);
    expectAnswer(await ops.post(`${versions}/1.0.0/publish`), 422, 'template.unsupported-markup');
    expectAnswer(await ops.patch(`${versions}/1.0.0`, { bodies: { en: draft.bodies.en } }), 200);
    expectAnswer(await ops.post(`${versions}/1.0.0/publish`), 200);
    expectAnswer(await ops.post(`${versions}/1.0.0/publish`), 409, 'template.published');
    expectAnswer(await ops.patch(`${versions}/1.0.0`, { title: { fr: 'Autre' } }), 409, 'template.published');
    expectAnswer(await ops.post(versions, { ...draft, key: undefined, version: '1.1.0' }), 201);

    const reader = as(investor);
    expectAnswer(await reader.get('/v1/legal-templates?locale=en&instrument=grant'), 200);
    expectAnswer(await reader.get('/v1/legal-templates?status=draft'), 403);
    expectAnswer(await ops.get('/v1/legal-templates?status=draft&limit=100'), 200);
    expectAnswer(await reader.get(`/v1/legal-templates/${key}`), 200);
    expectAnswer(await reader.get('/v1/legal-templates/Not_A_Key'), 404);
    const preview = await reader.post(`${versions}/1.0.0/preview`, {
      locale: 'fr',
      variables: { amountCents: 1_250_000 },
    });
    expectAnswer(preview, 200);
    expect(preview.text).toContain('douze-mille-cinq-cents euros');
    expectAnswer(
      await reader.post(`${versions}/1.0.0/preview`, { locale: 'fr', variables: { amountCents: 'beaucoup' } }),
      422,
      'template.invalid-variables',
    );
    expectAnswer(
      await reader.post(`${versions}/1.1.0/preview`, { locale: 'fr', variables: {} }),
      404,
      'template.not-found',
    );
    expectAnswer(await reader.post(`${versions}/1.0.0/preview`, { locale: 'de', variables: {} }), 400);
  });

  it('describes the document routes: generating one from a published template, reading it and its files', async () => {
    const ops = as(operator);
    const variables = {
      discloser: { name: 'La Cyclofficine', legalForm: 'association loi 1901', siren: '732829320' },
      recipient: { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' },
      project: 'Ateliers vélo solidaires',
      durationYears: 2,
      signing: { date: '2026-12-01', place: 'Paris' },
    };
    const body = { templateKey: 'accord-de-confidentialite', locale: 'fr', variables };
    expectAnswer(await ops.post('/v1/documents', { ...body, locale: 'de' }), 400);
    expectAnswer(await as(investor).post('/v1/documents', body), 403);
    expectAnswer(await ops.post('/v1/documents', { ...body, templateKey: 'pas-de-modele' }), 404, 'template.not-found');
    expectAnswer(
      await ops.post('/v1/documents', { ...body, variables: { ...variables, durationYears: 'deux' } }),
      422,
      'template.invalid-variables',
    );
    const generated = await ops.post('/v1/documents', body);
    expectAnswer(generated, 201);
    const id: string = generated.body.id;
    expectAnswer(await ops.get(`/v1/documents/${id}`), 200);
    expectAnswer(await ops.get(`/v1/documents/${randomUUID()}`), 404, 'document.not-found');
    for (const format of ['pdf', 'docx', 'html']) {
      const file = await ops.get(`/v1/documents/${id}/content?format=${format}`);
      expectAnswer(file, 200);
      expect(file.headers.get('content-disposition')).toContain(`accord-de-confidentialite-fr.${format}`);
      expect(file.headers.get('etag')).toBe(
        `"${generated.body.files.find((f: { format: string }) => f.format === format).sha256}"`,
      );
    }
    expectAnswer(await ops.get(`/v1/documents/${id}/content?format=odt`), 400);
  });

  it('describes the deal-flow routes: an approved investor’s matches, interest, passing, and the applicant’s answers', async () => {
    const dealer = await platform.signUp('investor');
    const profile = {
      organisation: { name: 'Fonds Deal-flow', siren: aSiren() },
      kind: 'foundation',
      contact: { name: 'Camille Martin', email: 'camille@fonds-demo.example' },
      thesis: {
        ticketMinCents: 1_000_000,
        ticketMaxCents: 10_000_000,
        esusRequired: false,
        impactAreas: ['inclusion'],
      },
      // Capacity counts in the score: the applications of earlier tests proposed first must not push these below it.
      capacityPerMonth: 1000,
      active: true,
    };
    const id: string = (await as(dealer).patch('/v1/investors/me', profile, { 'If-Match': '*' })).body.id;
    expectAnswer(await as(dealer).get('/v1/deal-flow'), 403, 'investor.not-approved');
    expectAnswer(await as(operator).post(`/v1/ops/investors/${id}/approve`), 200);
    const fields = completeFields();
    const owner = as(await platform.signUp('applicant'));
    // Three applications of one applicant: one accepted, one declined, one passed on.
    const applicationIds: string[] = [];
    for (const name of ['Montrée', 'Déclinée', 'Passée']) {
      const drafted = await owner.post('/v1/applications', {
        ...fields,
        programmeId: programme.id,
        organisation: { ...fields.organisation, name, siren: aSiren() },
        consents: { shareWithInvestors: true, noticeVersion: CURRENT_CONSENT_NOTICE_VERSION },
      });
      expectAnswer(await owner.post(`/v1/applications/${drafted.body.id}/submit`), 202);
      applicationIds.push(drafted.body.id);
    }
    const [accepted, declined, passed] = applicationIds;
    expectAnswer(await owner.get(`/v1/applications/${accepted}/matching-insights`), 200);
    expectAnswer(await as(dealer).get(`/v1/applications/${accepted}/matching-insights`), 403);
    expectAnswer(await owner.get(`/v1/applications/${randomUUID()}/matching-insights`), 404, 'application.not-found');

    const listed = await eventually(
      async () => {
        const page = await as(dealer).get('/v1/deal-flow?limit=100');
        const names = (page.body.items ?? []).map((item: DealFlowItemView) => item.project.organisation.name);
        return ['Montrée', 'Déclinée', 'Passée'].every((name) => names.includes(name)) ? page : undefined;
      },
      { what: 'the three applications in the deal-flow' },
    );
    expectAnswer(listed, 200);
    expectAnswer(await as(dealer).get('/v1/deal-flow?limit=101'), 400);
    expectAnswer(await as(applicant).get('/v1/deal-flow'), 403);
    const matchOf = (name: string): string =>
      listed.body.items.find((item: DealFlowItemView) => item.project.organisation.name === name).matchId;
    const [toAccept, toDecline, toPass] = [matchOf('Montrée'), matchOf('Déclinée'), matchOf('Passée')];
    for (const matchId of [toAccept, toDecline]) {
      expectAnswer(await as(dealer).post(`/v1/deal-flow/${matchId}/interest`, { message: 'Parlons-en' }), 200);
    }
    expectAnswer(
      await as(dealer).post(`/v1/deal-flow/${toAccept}/interest`, { message: 'Encore' }),
      409,
      'match.illegal-transition',
    );
    expectAnswer(await as(dealer).post(`/v1/deal-flow/${toPass}/pass`, { reason: 'later' }), 400);
    expectAnswer(
      await as(dealer).post(`/v1/deal-flow/${randomUUID()}/pass`, { reason: 'stage' }),
      404,
      'match.not-found',
    );
    expectAnswer(await owner.get(`/v1/applications/${accepted}/matches`), 200);
    expectAnswer(await owner.get(`/v1/applications/${randomUUID()}/matches`), 404, 'application.not-found');
    expectAnswer(await as(dealer).post(`/v1/deal-flow/${toPass}/pass`, { reason: 'stage' }), 200);

    const contact = { name: 'Léa Dubois', email: 'lea@montree.example' };
    const answer = (applicationId: string, matchId: string, action: 'accept' | 'decline') =>
      `/v1/applications/${applicationId}/matches/${matchId}/${action}`;
    expectAnswer(await owner.post(answer(accepted, toAccept, 'accept'), { contact: { name: 'Léa' } }), 400);
    expectAnswer(await as(dealer).post(answer(accepted, toAccept, 'accept'), { contact }), 403);
    expectAnswer(await owner.post(answer(accepted, toDecline, 'accept'), { contact }), 404, 'match.not-found');
    expectAnswer(await owner.post(answer(randomUUID(), toAccept, 'accept'), { contact }), 404, 'application.not-found');
    expectAnswer(await owner.post(answer(accepted, toAccept, 'accept'), { contact }), 200);
    expectAnswer(await owner.post(answer(accepted, toAccept, 'decline'), {}), 409, 'match.illegal-transition');
    expectAnswer(await owner.post(answer(passed, toPass, 'accept'), { contact }), 409, 'match.illegal-transition');
    expectAnswer(await owner.post(answer(declined, toDecline, 'decline'), { reason: 7 }), 400);
    expectAnswer(await owner.post(answer(declined, toDecline, 'decline'), { reason: 'Déjà financé' }), 200);
    expectAnswer(await as(dealer).get('/v1/deal-flow?status=introduced'), 200);

    const stats = await as(operator).get('/v1/ops/matching/stats');
    expectAnswer(stats, 200);
    expect(stats.body.overall.passReasons.stage).toBeGreaterThanOrEqual(1);
    expectAnswer(await as(dealer).get('/v1/ops/matching/stats'), 403);
  });

  it('describes the personal-data routes: an export, an erasure and its progress', async () => {
    const email = `${uniqueName('efface')}@example.org`;
    const password = 'a long enough password';
    const anyone = as('');
    const account = { email, password, role: 'applicant', displayName: 'Léa Dubois', locale: 'fr' };
    expectAnswer(await anyone.post('/v1/auth/register', account), 201);
    const mine = as((await anyone.post('/v1/auth/login', { email, password })).body.accessToken);

    const requested = await mine.post('/v1/me/exports');
    expectAnswer(requested, 202);
    expectAnswer(await anyone.post('/v1/me/exports'), 401);
    const exportPath = `/v1/me/exports/${requested.body.exportId}`;
    const ready = await eventually(
      async () => {
        const answer = await mine.get(exportPath);
        return answer.body.status === 'ready' && answer;
      },
      { what: 'the export ready' },
    );
    expectAnswer(ready, 200);
    expectAnswer(await as(applicant).get(exportPath), 404, 'export.not-found');

    expectAnswer(await mine.post('/v1/me/erasure', { password: 'not the password' }), 401);
    const erasure = await mine.post('/v1/me/erasure', { password });
    expectAnswer(erasure, 202);
    const progressPath = `/v1/erasures/${erasure.body.erasureId}`;
    const receipt = { Authorization: `Receipt ${erasure.body.receiptToken}` };
    // Checked once every service has confirmed: each part then says what it erased and kept.
    await eventually(
      async () => {
        const answer = await platform.call(progressPath, { headers: receipt });
        return answer.status === 200 && ((await answer.json()) as { status: string }).status === 'completed';
      },
      { what: 'the erasure completed', timeoutMs: 30_000 },
    );
    expectAnswer(await call(progressPath, { headers: receipt }), 200);
    expectAnswer(await call(progressPath), 401, 'erasure.receipt-required');
    expectAnswer(await call(`/v1/erasures/${randomUUID()}`, { headers: receipt }), 404, 'erasure.not-found');
    expectAnswer(await as(applicant).get('/v1/ops/erasures'), 403);
    expectAnswer(await as(operator).get('/v1/ops/erasures?limit=5'), 200);
  });

  it('exercised every documented operation, succeeding and failing', () => {
    const missing = [...contract.coverage()].flatMap(([operation, statuses]) => [
      ...(statuses.some((status) => status >= 200 && status < 300) ? [] : [`${operation}: no success`]),
      ...(statuses.some((status) => status >= 400) ? [] : [`${operation}: no error`]),
    ]);

    expect(missing).toEqual([]);
  });
});
