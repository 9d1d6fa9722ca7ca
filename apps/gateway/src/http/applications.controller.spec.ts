import type { INestApplication } from '@nestjs/common';
import { DomainException, ErrorCode } from '@pollen/contracts';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import { anApplicationView, type CannedServiceClient } from '../../test/fakes/canned-service.client';

const ID = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const draft = {
  programmeId: '7d0f5a3e-8a2b-4c1d-9e6f-0a1b2c3d4e5f',
  organisation: { name: 'Atelier', siren: '732829320' },
};
const unavailable = () =>
  new DomainException(ErrorCode.Unavailable, 'applications did not answer in time', {
    details: { retryAfterSeconds: 2 },
  });

/** How each reply of the applications service becomes HTTP: status, ETag, Location, problem codes. */
describe('ApplicationsController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let applicant: string;
  let operator: string;
  let investor: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    applicant = await controllers.tokenFor('applicant');
    operator = await controllers.tokenFor('operator');
    investor = await controllers.tokenFor('investor');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  describe('POST /v1/applications', () => {
    it('answers 201 with Location and the version as ETag, asking as the signed-in applicant', async () => {
      services.answer('applications.create-draft', anApplicationView({ id: ID, version: 1 }));
      const response = await http.post('/v1/applications').set(as(applicant)).send(draft);

      expect(response.status).toBe(201);
      expect(response.headers['location']).toBe(`/v1/applications/${ID}`);
      expect(response.headers['etag']).toBe('"1"');
      expect(response.body).toMatchObject({ id: ID, status: 'draft' });
      expect(services.calls).toEqual([
        {
          type: 'applications.create-draft',
          subject: expect.stringMatching(UUID),
          data: draft,
          actor: { id: 'applicant-1', roles: ['applicant'] },
          locale: 'fr',
        },
      ]);
    });

    it('answers a reason code as the problem `code`', async () => {
      services.fail(
        'applications.create-draft',
        new DomainException('application.duplicate-active', undefined, { details: { existingApplicationId: ID } }),
      );
      const response = await http.post('/v1/applications').set(as(applicant)).send(draft);
      expect(response.status).toBe(409);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({
        type: 'https://pollen.dev/problems/conflict',
        code: 'application.duplicate-active',
        existingApplicationId: ID,
        instance: '/v1/applications',
      });
    });

    it('refuses an invalid body with 400 without asking the service', async () => {
      const response = await http
        .post('/v1/applications')
        .set(as(applicant))
        .send({ ...draft, status: 'funded' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'status', code: 'unknownField' })]);
      expect(services.calls).toEqual([]);
    });

    it('answers 401 without a token and 403 for an investor or an operator, without asking', async () => {
      const anonymous = await http.post('/v1/applications').send(draft);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('auth.token-required');
      for (const token of [investor, operator]) {
        const refused = await http.post('/v1/applications').set(as(token)).send(draft);
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('auth.role-required');
      }
      expect(services.calls).toEqual([]);
    });

    it('answers 503 with Retry-After when the service does not answer in time', async () => {
      services.fail('applications.create-draft', unavailable());
      const response = await http.post('/v1/applications').set(as(applicant)).send(draft);
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('2');
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ code: 'unavailable', retryAfterSeconds: 2 });
    });
  });

  describe('GET /v1/applications/:id', () => {
    it('answers 200 with the version as ETag, and 304 to a client that holds it', async () => {
      services.answer('applications.get', anApplicationView({ id: ID, version: 3 }));
      const read = await http.get(`/v1/applications/${ID}`).set(as(applicant));
      expect(read.status).toBe(200);
      expect(read.headers['etag']).toBe('"3"');
      expect(services.calls[0]).toMatchObject({ type: 'applications.get', subject: ID, data: {} });

      for (const tag of ['"3"', 'W/"3"', '"2", "3"']) {
        const again = await http.get(`/v1/applications/${ID}`).set(as(applicant)).set('If-None-Match', tag);
        expect(again.status).toBe(304);
        expect(again.text).toBe('');
      }
      await http.get(`/v1/applications/${ID}`).set(as(applicant)).set('If-None-Match', '"2"').expect(200);
    });

    it('answers 404 for an id that cannot exist, without asking', async () => {
      const response = await http.get('/v1/applications/not-an-id').set(as(applicant));
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not-found');
      expect(services.calls).toEqual([]);
    });

    it('answers the generic code when the service gives no reason', async () => {
      services.fail('applications.get', new DomainException(ErrorCode.NotFound, `No application ${ID}`));
      const response = await http.get(`/v1/applications/${ID}`).set(as(operator)).set('Accept-Language', 'en');
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'not-found', detail: `No application ${ID}` });
      expect(services.calls[0]).toMatchObject({ actor: { id: 'operator-1', roles: ['operator'] }, locale: 'en' });
    });
  });

  describe('PATCH /v1/applications/:id', () => {
    const patch = (ifMatch?: string) => {
      const call = http.patch(`/v1/applications/${ID}`).set(as(applicant)).type('application/merge-patch+json');
      return ifMatch === undefined ? call : call.set('If-Match', ifMatch);
    };

    it('sends the merge patch and the versions of If-Match, and answers the new ETag', async () => {
      services.answer('applications.update-draft', anApplicationView({ id: ID, version: 4 }));
      const response = await patch('"3"').send({ project: { title: 'Atelier vélo' } });
      expect(response.status).toBe(200);
      expect(response.headers['etag']).toBe('"4"');
      expect(services.calls[0]).toMatchObject({
        type: 'applications.update-draft',
        subject: ID,
        data: { patch: { project: { title: 'Atelier vélo' } }, expectedVersions: [3] },
      });
    });

    it.each([
      ['*', undefined],
      ['"2", "3"', [2, 3]],
      ['"2", W/"3"', [2]],
    ])('reads If-Match %s as the versions %j', async (ifMatch, expectedVersions) => {
      services.answer('applications.update-draft', anApplicationView({ version: 4 }));
      await patch(ifMatch).send({}).expect(200);
      expect(services.calls[0].data).toEqual({ patch: {}, ...(expectedVersions ? { expectedVersions } : {}) });
    });

    it('answers 428 without If-Match and 412 for an If-Match that is no entity tag, without asking', async () => {
      const missing = await patch().send({});
      expect(missing.status).toBe(428);
      expect(missing.headers['content-type']).toMatch(PROBLEM);
      expect(missing.body).toMatchObject({
        type: 'https://pollen.dev/problems/precondition-required',
        code: 'request.if-match-required',
      });
      const unusable = await patch('3').send({});
      expect(unusable.status).toBe(412);
      expect(unusable.body.code).toBe('application.version-mismatch');
      expect(services.calls).toEqual([]);
    });

    it('answers 412 precondition-failed to weak tags alone, which never match strongly, without asking', async () => {
      for (const ifMatch of ['W/"3"', 'W/"3", W/"4"']) {
        const response = await patch(ifMatch).send({});
        expect(response.status).toBe(412);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body).toMatchObject({
          type: 'https://pollen.dev/problems/precondition-failed',
          code: 'precondition-failed',
        });
      }
      expect(services.calls).toEqual([]);
    });

    it('answers 412 with the current version when the service finds the ETag stale', async () => {
      services.fail(
        'applications.update-draft',
        new DomainException('application.version-mismatch', undefined, { details: { currentVersion: 5 } }),
      );
      const response = await patch('"3"').send({});
      expect(response.status).toBe(412);
      expect(response.body).toMatchObject({ code: 'application.version-mismatch', currentVersion: 5 });
    });

    it('refuses a patch that is not a JSON object', async () => {
      const response = await patch('"3"').send('[1, 2]');
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'isObject' })]);
      expect(services.calls).toEqual([]);
    });
  });

  describe('PUT /v1/applications/:id/consents', () => {
    const consent = { shareWithInvestors: false, noticeVersion: '2026-12-01' };
    const put = (token = applicant) => http.put(`/v1/applications/${ID}/consents`).set(as(token));

    it('sends the answer and the versions of If-Match, and answers 200 with the new ETag', async () => {
      services.answer('applications.change-consents', anApplicationView({ id: ID, status: 'eligible', version: 6 }));
      const response = await put().set('If-Match', '"5"').send(consent);
      expect(response.status).toBe(200);
      expect(response.headers['etag']).toBe('"6"');
      expect(services.calls[0]).toMatchObject({
        type: 'applications.change-consents',
        subject: ID,
        data: { ...consent, expectedVersions: [5] },
      });
    });

    it('answers 428 without If-Match, 400 for a notice version it does not know, 403 to others than applicants', async () => {
      expect((await put().send(consent)).status).toBe(428);
      const unknown = await put()
        .set('If-Match', '"5"')
        .send({ ...consent, noticeVersion: '1999-01-01' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'noticeVersion' })]);
      for (const token of [operator, investor]) {
        expect((await put(token).set('If-Match', '"5"').send(consent)).status).toBe(403);
      }
      expect(services.calls).toEqual([]);
    });

    it('answers granting consent on a final application as a 409 with its reason code', async () => {
      services.fail('applications.change-consents', new DomainException('application.consent-not-grantable'));
      const response = await put()
        .set('If-Match', '"5"')
        .send({ ...consent, shareWithInvestors: true });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('application.consent-not-grantable');
    });
  });

  describe('POST /v1/applications/:id/submit, withdraw and decision', () => {
    it('answers a submission with 202 and the new ETag', async () => {
      services.answer('applications.submit', anApplicationView({ id: ID, status: 'eligible', version: 5 }));
      const response = await http.post(`/v1/applications/${ID}/submit`).set(as(applicant));
      expect(response.status).toBe(202);
      expect(response.headers['etag']).toBe('"5"');
      expect(response.body.status).toBe('eligible');
    });

    it('answers application.not-draft as a 409 with its reason code', async () => {
      services.fail('applications.submit', new DomainException('application.not-draft'));
      const response = await http.post(`/v1/applications/${ID}/submit`).set(as(applicant));
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        type: 'https://pollen.dev/problems/conflict',
        code: 'application.not-draft',
        detail: 'Only a draft can be edited or submitted.',
      });
    });

    it('answers a withdrawal with 200 and the new ETag', async () => {
      services.answer('applications.withdraw', anApplicationView({ status: 'withdrawn', version: 2 }));
      const response = await http.post(`/v1/applications/${ID}/withdraw`).set(as(applicant)).send({ reason: 'Done' });
      expect(response.status).toBe(200);
      expect(response.headers['etag']).toBe('"2"');
      expect(services.calls[0].data).toEqual({ reason: 'Done' });
    });

    it('lets only operators decide; a decline asks only for the decision', async () => {
      services.answer('applications.decide', anApplicationView({ status: 'declined', version: 6 }));
      const decision = { decision: 'declined', reason: 'Out of scope' };
      await http.post(`/v1/applications/${ID}/decision`).set(as(applicant)).send(decision).expect(403);
      const response = await http.post(`/v1/applications/${ID}/decision`).set(as(operator)).send(decision);
      expect(response.status).toBe(200);
      expect(response.headers['etag']).toBe('"6"');
      expect(services.calls.map((call) => call.type)).toEqual(['applications.decide']);
    });

    describe('a decision the programme funds', () => {
      const PROGRAMME = '9a3c4a51-5f0e-4c3b-9d57-3f0f5b1c2d11';
      const hold = {
        holdId: 'hold-1',
        programmeId: PROGRAMME,
        applicationId: ID,
        amountCents: 3_000_000,
        state: 'held' as const,
        heldAt: '2026-06-12T10:00:00.000Z',
      };
      const funded = { decision: 'funded', reason: 'Solid project', amountCents: 3_000_000 };

      it('holds the amount on the programme’s budget first, keyed by the programme, then decides with the hold', async () => {
        services.answer('applications.get', anApplicationView({ id: ID, programmeId: PROGRAMME }));
        services.answer('programmes.reserve-budget', hold);
        services.answer('applications.decide', anApplicationView({ status: 'funded', version: 6 }));

        const response = await http.post(`/v1/applications/${ID}/decision`).set(as(operator)).send(funded);

        expect(response.status).toBe(200);
        expect(services.calls.map(({ type, subject }) => [type, subject])).toEqual([
          ['applications.get', ID],
          ['programmes.reserve-budget', PROGRAMME],
          ['applications.decide', ID],
        ]);
        expect(services.calls[1].data).toEqual({ applicationId: ID, amountCents: 3_000_000 });
        expect(services.calls[2].data).toEqual({ ...funded, fundedBy: 'programme', holdId: 'hold-1' });
      });

      it('answers 409 programme.budget-exceeded with what remains, and records no decision', async () => {
        services.answer('applications.get', anApplicationView({ id: ID, programmeId: PROGRAMME }));
        services.fail(
          'programmes.reserve-budget',
          new DomainException('programme.budget-exceeded', undefined, { details: { remainingCents: 1_000_000 } }),
        );

        const response = await http.post(`/v1/applications/${ID}/decision`).set(as(operator)).send(funded);

        expect(response.status).toBe(409);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body).toMatchObject({ code: 'programme.budget-exceeded', remainingCents: 1_000_000 });
        expect(services.calls.map((call) => call.type)).not.toContain('applications.decide');
      });

      it('takes no hold for investor funding, which the service refuses (422) from an introduction the application never had', async () => {
        services.fail('applications.decide', new DomainException('decision.investor-funding-unavailable'));

        const response = await http
          .post(`/v1/applications/${ID}/decision`)
          .set(as(operator))
          .send({ ...funded, fundedBy: 'investor', matchId: 'match-1' });

        expect(response.status).toBe(422);
        expect(response.body).toMatchObject({ code: 'decision.investor-funding-unavailable' });
        expect(services.calls.map((call) => call.type)).toEqual(['applications.decide']);
      });

      it('refuses a hold id in the body: only the gateway names one', async () => {
        const response = await http
          .post(`/v1/applications/${ID}/decision`)
          .set(as(operator))
          .send({ ...funded, holdId: 'forged' });
        expect(response.status).toBe(400);
        expect(services.calls).toHaveLength(0);
      });
    });
  });

  it('lists with the query as the service expects it', async () => {
    services.answer('applications.list', { items: [anApplicationView()], nextCursor: null });
    const response = await http.get('/v1/applications?limit=5&status=draft').set(as(operator));
    expect(response.status).toBe(200);
    expect(response.headers['etag']).toMatch(/^W\/"/);
    expect(services.calls[0].data).toEqual({ limit: 5, status: 'draft' });
  });
});
