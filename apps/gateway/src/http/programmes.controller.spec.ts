import type { INestApplication } from '@nestjs/common';
import { DomainException, ErrorCode } from '@pollen/contracts';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import { aProgrammeView, type CannedServiceClient } from '../../test/fakes/canned-service.client';

const ID = '7d0f5a3e-8a2b-4c1d-9e6f-0a1b2c3d4e5f';
const newProgramme = {
  title: 'Appel à projets Innovation sociale',
  description: 'Subventions pour les structures de l’ESS',
  operatorName: 'Région',
  kind: 'grant',
  opensAt: '2026-11-01T00:00:00.000Z',
  closesAt: '2027-03-01T00:00:00.000Z',
  budgetCents: 50_000_000,
  eligibility: {},
};

/** A JSON object `levels` deep, the body itself being level 1: `{"a":{"a":{}}}` is 3. */
const nested = (levels: number): string => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;

/** How each reply about programmes becomes HTTP: public reads with conditional GET, operators' writes. */
describe('ProgrammesController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let operator: string;
  let applicant: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    operator = await controllers.tokenFor('operator');
    applicant = await controllers.tokenFor('applicant');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  describe('GET /v1/programmes (public)', () => {
    it('answers 200 with a weak ETag, and 304 to a client that holds it', async () => {
      services.answer('programmes.list', { items: [aProgrammeView()], nextCursor: null });
      const page = await http.get('/v1/programmes?kind=grant&limit=5');
      expect(page.status).toBe(200);
      expect(page.body.items).toHaveLength(1);
      expect(page.headers['etag']).toMatch(/^W\/"[0-9a-f]+-.{27}"$/);
      expect(services.calls[0]).toMatchObject({ type: 'programmes.list', data: { kind: 'grant', limit: 5 } });
      expect(services.calls[0].actor).toBeUndefined();

      const again = await http.get('/v1/programmes?kind=grant&limit=5').set('If-None-Match', page.headers['etag']);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    });

    it('asks as the caller when a valid token comes along', async () => {
      services.answer('programmes.list', { items: [], nextCursor: null });
      await http.get('/v1/programmes').set('Authorization', `Bearer ${applicant}`).expect(200);
      expect(services.calls[0].actor).toEqual({ id: 'applicant-1', roles: ['applicant'] });
    });

    it('refuses an invalid query with 400 without asking', async () => {
      const response = await http.get('/v1/programmes?limit=0');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'limit', code: 'min' })]);
      expect(services.calls).toEqual([]);
    });

    it('answers 503 with Retry-After when the service does not answer in time', async () => {
      services.fail(
        'programmes.list',
        new DomainException(ErrorCode.Unavailable, 'no answer', { details: { retryAfterSeconds: 2 } }),
      );
      const response = await http.get('/v1/programmes');
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('2');
      expect(response.headers['etag']).toBeUndefined();
      expect(response.body.code).toBe('unavailable');
    });
  });

  describe('GET /v1/programmes/:id (public)', () => {
    it('answers 200, or the service’s 404 as a problem', async () => {
      services.answer('programmes.get', aProgrammeView({ id: ID }));
      await http.get(`/v1/programmes/${ID}`).expect(200);
      expect(services.calls[0]).toMatchObject({ type: 'programmes.get', subject: ID });

      services.fail('programmes.get', new DomainException(ErrorCode.NotFound, `No programme ${ID}`));
      const missing = await http.get(`/v1/programmes/${ID}`);
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toMatch(PROBLEM);
      expect(missing.body).toMatchObject({ code: 'not-found', instance: `/v1/programmes/${ID}` });
    });

    it('answers 404 for an id that cannot exist, without asking', async () => {
      await http.get('/v1/programmes/not-an-id').expect(404);
      expect(services.calls).toEqual([]);
    });
  });

  describe('writes (operators)', () => {
    it('creates with 201 and Location', async () => {
      services.answer('programmes.create', aProgrammeView({ id: ID }));
      const response = await http.post('/v1/programmes').set('Authorization', `Bearer ${operator}`).send(newProgramme);
      expect(response.status).toBe(201);
      expect(response.headers['location']).toBe(`/v1/programmes/${ID}`);
      expect(response.headers['etag']).toBeUndefined();
      expect(services.calls[0]).toMatchObject({ type: 'programmes.create', data: newProgramme });
    });

    it('sends bare dates as the start and end of those days in Paris', async () => {
      services.answer('programmes.create', aProgrammeView({ id: ID }));
      await http
        .post('/v1/programmes')
        .set('Authorization', `Bearer ${operator}`)
        .send({ ...newProgramme, opensAt: '2026-03-29', closesAt: '2026-10-25' })
        .expect(201);
      expect(services.calls[0].data).toMatchObject({
        opensAt: '2026-03-28T23:00:00.000Z',
        closesAt: '2026-10-25T22:59:59.999Z',
      });
    });

    it('refuses a date-time without an offset with 400 offsetRequired, without asking', async () => {
      const response = await http
        .post('/v1/programmes')
        .set('Authorization', `Bearer ${operator}`)
        .set('Accept-Language', 'en')
        .send({ ...newProgramme, closesAt: '2027-03-01T18:00:00' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        {
          field: 'closesAt',
          code: 'offsetRequired',
          message: 'closesAt must be a date (YYYY-MM-DD, Paris time) or a date-time with its offset (Z or ±hh:mm)',
        },
      ]);
      expect(services.calls).toEqual([]);
    });

    it('answers 401 without a token and 403 for an applicant, without asking', async () => {
      const anonymous = await http.post('/v1/programmes').send(newProgramme);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('auth.token-required');
      const applicantTries = await http
        .post('/v1/programmes')
        .set('Authorization', `Bearer ${applicant}`)
        .send(newProgramme);
      expect(applicantTries.status).toBe(403);
      expect(applicantTries.body.code).toBe('auth.role-required');
      expect(services.calls).toEqual([]);
    });

    it('sends a merge patch as it came, and answers a conflict with its code', async () => {
      services.answer('programmes.update', aProgrammeView({ id: ID, version: 2 }));
      const patched = await http
        .patch(`/v1/programmes/${ID}`)
        .set('Authorization', `Bearer ${operator}`)
        .type('application/merge-patch+json')
        .send({ maxShareOfCost: null });
      expect(patched.status).toBe(200);
      expect(services.calls[0].data).toEqual({ patch: { maxShareOfCost: null } });

      services.fail('programmes.update', new DomainException(ErrorCode.Conflict, 'Changed meanwhile'));
      const conflict = await http
        .patch(`/v1/programmes/${ID}`)
        .set('Authorization', `Bearer ${operator}`)
        .type('application/merge-patch+json')
        .send({ title: 'Nouveau titre' });
      expect(conflict.status).toBe(409);
      expect(conflict.body).toMatchObject({ type: 'https://pollen.dev/problems/conflict', code: 'conflict' });
    });

    it('refuses a body nested deeper than 32 levels with 400 maxDepth, without asking', async () => {
      const response = await http
        .post('/v1/programmes')
        .set('Authorization', `Bearer ${operator}`)
        .type('application/json')
        .send(nested(3000));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({
        type: 'https://pollen.dev/problems/validation-failed',
        errors: [{ field: Array(32).fill('a').join('.'), code: 'maxDepth' }],
      });
      expect(services.calls).toEqual([]);
    });

    it('takes a body of 32 levels as any other', async () => {
      services.answer('programmes.update', aProgrammeView({ id: ID, version: 2 }));
      const patched = await http
        .patch(`/v1/programmes/${ID}`)
        .set('Authorization', `Bearer ${operator}`)
        .type('application/merge-patch+json')
        .send(nested(32));
      expect(patched.status).toBe(200);
      expect(services.calls[0].data).toEqual({ patch: JSON.parse(nested(32)) });

      const deeper = await http
        .patch(`/v1/programmes/${ID}`)
        .set('Authorization', `Bearer ${operator}`)
        .type('application/merge-patch+json')
        .send(nested(33));
      expect(deeper.status).toBe(400);
      expect(deeper.body.errors).toEqual([expect.objectContaining({ code: 'maxDepth' })]);
    });
  });

  describe('anonymous reads from the cache (PUBLIC_READ_CACHE_MS)', () => {
    let cached: Awaited<ReturnType<typeof startControllers>>;
    beforeAll(async () => {
      cached = await startControllers({ PUBLIC_READ_CACHE_MS: '60000' });
    });
    afterAll(() => cached?.app.close());

    it('asks once for everyone but operators asking alike, and every time for an operator', async () => {
      cached.services.answer('programmes.list', { items: [aProgrammeView()], nextCursor: null });
      cached.services.answer('programmes.get', aProgrammeView({ id: ID }));
      const visitor = cached.http;
      await visitor.get('/v1/programmes?kind=grant').expect(200);
      const again = await visitor.get('/v1/programmes?kind=grant').expect(200);
      await visitor.get('/v1/programmes?kind=equity').expect(200);
      await visitor.get('/v1/programmes?kind=grant').set('Accept-Language', 'en').expect(200);
      await visitor.get(`/v1/programmes/${ID}`).expect(200);
      await visitor.get(`/v1/programmes/${ID}`).expect(200);
      const applicant = await cached.tokenFor('applicant');
      await visitor.get('/v1/programmes?kind=grant').set('Authorization', `Bearer ${applicant}`).expect(200);
      const operator = await cached.tokenFor('operator');
      await visitor.get('/v1/programmes?kind=grant').set('Authorization', `Bearer ${operator}`).expect(200);
      await visitor.get('/v1/programmes?kind=grant').set('Authorization', `Bearer ${operator}`).expect(200);

      expect(again.body.items).toHaveLength(1);
      expect(cached.services.calls.map((call) => call.type)).toEqual([
        'programmes.list', // kind=grant, in French
        'programmes.list', // kind=equity
        'programmes.list', // kind=grant, in English
        'programmes.get',
        'programmes.list', // the operator's, each time
        'programmes.list',
      ]);
    });
  });
});
