import type { INestApplication } from '@nestjs/common';
import { DomainException, type InvestorView } from '@pollen/contracts';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

const ID = '0b8a5a3c-2f7e-4a4b-9c51-6d1f0e2a7b10';
const anInvestor = (overrides: Partial<InvestorView> = {}): InvestorView => ({
  id: ID,
  status: 'pending',
  version: 1,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

/** Investors: operators vet them, each investor keeps their own profile; matching answers. */
describe('InvestorsController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let operator: string;
  let investor: string;
  let applicant: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    operator = await controllers.tokenFor('operator', 'op-1');
    investor = await controllers.tokenFor('investor', ID);
    applicant = await controllers.tokenFor('applicant');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  describe('vetting (operators)', () => {
    it('lists investors by status in pages of 1 to 100, for operators only', async () => {
      services.answer('investors.list', { items: [anInvestor()], nextCursor: null });

      const listed = await http
        .get('/v1/ops/investors?status=pending&limit=5')
        .set('Authorization', `Bearer ${operator}`);
      const tooMany = await http.get('/v1/ops/investors?limit=101').set('Authorization', `Bearer ${operator}`);
      const badStatus = await http.get('/v1/ops/investors?status=vetted').set('Authorization', `Bearer ${operator}`);
      const refused = await http.get('/v1/ops/investors').set('Authorization', `Bearer ${investor}`);

      expect(listed.status).toBe(200);
      expect(listed.body.items).toHaveLength(1);
      expect(services.calls[0]).toMatchObject({ type: 'investors.list', data: { status: 'pending', limit: 5 } });
      expect([tooMany.status, badStatus.status, refused.status]).toEqual([400, 400, 403]);
      expect(services.calls).toHaveLength(1);
    });

    it('approves and reinstates keyed by the investor, answering 200 with its version as ETag', async () => {
      services.answer('investors.approve', anInvestor({ status: 'approved', version: 2 }));
      services.answer('investors.reinstate', anInvestor({ status: 'approved', version: 4 }));

      const approved = await http.post(`/v1/ops/investors/${ID}/approve`).set('Authorization', `Bearer ${operator}`);
      const reinstated = await http
        .post(`/v1/ops/investors/${ID}/reinstate`)
        .set('Authorization', `Bearer ${operator}`);

      expect([approved.status, approved.headers.etag, approved.body.status]).toEqual([200, '"2"', 'approved']);
      expect(reinstated.headers.etag).toBe('"4"');
      expect(services.calls.map((call) => [call.type, call.subject])).toEqual([
        ['investors.approve', ID],
        ['investors.reinstate', ID],
      ]);
    });

    it('rejects and suspends with a reason, and answers 400 to a blank one without asking', async () => {
      services.answer('investors.reject', anInvestor({ status: 'rejected', statusReason: 'Pièces manquantes' }));
      services.answer('investors.suspend', anInvestor({ status: 'suspended', statusReason: 'Plainte' }));

      const rejected = await http
        .post(`/v1/ops/investors/${ID}/reject`)
        .set('Authorization', `Bearer ${operator}`)
        .send({ reason: 'Pièces manquantes' });
      const suspended = await http
        .post(`/v1/ops/investors/${ID}/suspend`)
        .set('Authorization', `Bearer ${operator}`)
        .send({ reason: 'Plainte' });
      const blank = await http
        .post(`/v1/ops/investors/${ID}/reject`)
        .set('Authorization', `Bearer ${operator}`)
        .send({ reason: '   ' });
      const missing = await http
        .post(`/v1/ops/investors/${ID}/suspend`)
        .set('Authorization', `Bearer ${operator}`)
        .send({});

      expect([rejected.status, suspended.status]).toEqual([200, 200]);
      expect(services.calls.map((call) => call.data)).toEqual([{ reason: 'Pièces manquantes' }, { reason: 'Plainte' }]);
      expect([blank.status, missing.status]).toEqual([400, 400]);
      expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    });

    it('passes on 409 investor.illegal-transition and 404, and answers 404 to a non-UUID without asking', async () => {
      services.fail(
        'investors.approve',
        new DomainException('investor.illegal-transition', 'An investor approved cannot be approved', {
          details: { currentStatus: 'approved', action: 'approve' },
        }),
      );
      services.fail('investors.get', new DomainException('investor.not-found', `No investor ${ID}`));

      const illegal = await http.post(`/v1/ops/investors/${ID}/approve`).set('Authorization', `Bearer ${operator}`);
      const unknown = await http.get(`/v1/ops/investors/${ID}`).set('Authorization', `Bearer ${operator}`);
      const notAnId = await http.get('/v1/ops/investors/nope').set('Authorization', `Bearer ${operator}`);

      expect(illegal.status).toBe(409);
      expect(illegal.headers['content-type']).toMatch(PROBLEM);
      expect(illegal.body).toMatchObject({ code: 'investor.illegal-transition', currentStatus: 'approved' });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'investor.not-found']);
      expect(notAnId.status).toBe(404);
      expect(services.calls).toHaveLength(2);
    });

    it('refuses every vetting route to investors and applicants with 403', async () => {
      const routes = [
        () => http.get('/v1/ops/investors'),
        () => http.get(`/v1/ops/investors/${ID}`),
        ...['approve', 'reinstate'].map((action) => () => http.post(`/v1/ops/investors/${ID}/${action}`)),
        ...['reject', 'suspend'].map(
          (action) => () => http.post(`/v1/ops/investors/${ID}/${action}`).send({ reason: 'Dossier incomplet' }),
        ),
      ];
      for (const token of [investor, applicant]) {
        for (const route of routes) {
          const response = await route().set('Authorization', `Bearer ${token}`);
          expect(response.status).toBe(403);
        }
      }
      expect(services.calls).toHaveLength(0);
    });
  });

  describe('the investor’s own profile', () => {
    it('reads it keyed by the investor’s account id, with its version as ETag', async () => {
      services.answer('investors.get', { id: ID, status: 'pending', version: 0 });

      const response = await http.get('/v1/investors/me').set('Authorization', `Bearer ${investor}`);

      expect([response.status, response.headers.etag]).toEqual([200, '"0"']);
      expect(response.body).toEqual({ id: ID, status: 'pending', version: 0 });
      expect(services.calls[0]).toMatchObject({ type: 'investors.get', subject: ID });
    });

    it('patches it with the versions If-Match accepts, answering the new ETag', async () => {
      services.answer('investors.update-profile', anInvestor({ version: 3 }));

      const response = await http
        .patch('/v1/investors/me')
        .set('Authorization', `Bearer ${investor}`)
        .set('Content-Type', 'application/merge-patch+json')
        .set('If-Match', '"2"')
        .send(JSON.stringify({ thesis: { sdgs: [13] } }));

      expect([response.status, response.headers.etag]).toEqual([200, '"3"']);
      expect(services.calls[0]).toMatchObject({
        type: 'investors.update-profile',
        subject: ID,
        data: { patch: { thesis: { sdgs: [13] } }, expectedVersions: [2] },
      });
    });

    it('answers 428 without If-Match and passes on 412 when it is stale', async () => {
      services.fail(
        'investors.update-profile',
        new DomainException('investor.version-mismatch', 'The investor is at version 4', {
          details: { currentVersion: 4 },
        }),
      );

      const without = await http
        .patch('/v1/investors/me')
        .set('Authorization', `Bearer ${investor}`)
        .send({ active: false });
      const stale = await http
        .patch('/v1/investors/me')
        .set('Authorization', `Bearer ${investor}`)
        .set('If-Match', '"3"')
        .send({ active: false });

      expect([without.status, without.body.code]).toEqual([428, 'request.if-match-required']);
      expect([stale.status, stale.body.code, stale.body.currentVersion]).toEqual([412, 'investor.version-mismatch', 4]);
    });

    it('is for investors only: operators and applicants get 403', async () => {
      for (const token of [operator, applicant]) {
        const read = await http.get('/v1/investors/me').set('Authorization', `Bearer ${token}`);
        const write = await http
          .patch('/v1/investors/me')
          .set('Authorization', `Bearer ${token}`)
          .set('If-Match', '"1"')
          .send({ active: false });
        expect([read.status, write.status]).toEqual([403, 403]);
      }
      expect(services.calls).toHaveLength(0);
    });
  });
});
