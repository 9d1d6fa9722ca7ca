import type { INestApplication } from '@nestjs/common';
import type { DealFlowItemView } from '@pollen/contracts';
import type request from 'supertest';

import { startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

const INVESTOR = '0b8a5a3c-2f7e-4a4b-9c51-6d1f0e2a7b10';
const MATCH = '5d2f8e1a-9c3b-5a7d-8e6f-1a2b3c4d5e6f';
const anItem = (overrides: Partial<DealFlowItemView> = {}): DealFlowItemView => ({
  matchId: MATCH,
  status: 'proposed',
  score: 72,
  explanation: [],
  project: {
    organisation: { name: 'La Cyclofficine', legalForm: 'association', region: 'FR-IDF', esus: true },
    project: { title: 'Ateliers vélo', impactAreas: ['inclusion'], stage: 'seed' },
    request: { amountCents: 4_000_000, instrument: 'grant' },
  },
  version: 1,
  proposedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

/** Deal-flow: investors only, keyed by the investor for the list and by the match for an action. */
describe('DealFlowController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let investor: string;
  let applicant: string;
  let operator: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    investor = await controllers.tokenFor('investor', INVESTOR);
    applicant = await controllers.tokenFor('applicant');
    operator = await controllers.tokenFor('operator', 'op-1');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('lists the asking investor’s deal-flow in pages of 1 to 100, for investors only', async () => {
    services.answer('deal-flow.list', { items: [anItem()], nextCursor: null });

    const listed = await http.get('/v1/deal-flow?status=proposed&limit=5').set('Authorization', `Bearer ${investor}`);
    const statuses = await Promise.all(
      [
        http.get('/v1/deal-flow?limit=101').set('Authorization', `Bearer ${investor}`),
        http.get('/v1/deal-flow?status=hot').set('Authorization', `Bearer ${investor}`),
        http.get('/v1/deal-flow').set('Authorization', `Bearer ${applicant}`),
        http.get('/v1/deal-flow').set('Authorization', `Bearer ${operator}`),
        http.get('/v1/deal-flow'),
      ].map(async (call) => (await call).status),
    );

    expect(listed.status).toBe(200);
    expect(listed.body.items[0].matchId).toBe(MATCH);
    expect(services.calls).toEqual([
      expect.objectContaining({ type: 'deal-flow.list', subject: INVESTOR, data: { status: 'proposed', limit: 5 } }),
    ]);
    expect(statuses).toEqual([400, 400, 403, 403, 401]);
  });

  it('expresses interest and passes keyed by the match, answering 200 with its version as ETag', async () => {
    services.answer('deal-flow.express-interest', anItem({ status: 'interested', version: 2 }));
    services.answer('deal-flow.pass', anItem({ status: 'passed', version: 3 }));

    const interested = await http
      .post(`/v1/deal-flow/${MATCH}/interest`)
      .set('Authorization', `Bearer ${investor}`)
      .send({ amountCents: 1_000_000, message: 'Parlons-en' });
    const passed = await http
      .post(`/v1/deal-flow/${MATCH}/pass`)
      .set('Authorization', `Bearer ${investor}`)
      .send({ reason: 'stage' });

    expect([interested.status, interested.headers['etag']]).toEqual([200, '"2"']);
    expect([passed.status, passed.headers['etag']]).toEqual([200, '"3"']);
    expect(services.calls.map((call) => [call.type, call.subject])).toEqual([
      ['deal-flow.express-interest', MATCH],
      ['deal-flow.pass', MATCH],
    ]);
  });

  it('refuses a blank message, an unknown reason and an id that is not a UUID, without asking matching', async () => {
    const answers = await Promise.all(
      [
        http.post(`/v1/deal-flow/${MATCH}/interest`).send({ message: '  ' }),
        http.post(`/v1/deal-flow/${MATCH}/pass`).send({ reason: 'bored' }),
        http.post('/v1/deal-flow/not-a-uuid/pass').send({ reason: 'stage' }),
      ].map(async (call) => (await call.set('Authorization', `Bearer ${investor}`)).status),
    );

    expect(answers).toEqual([400, 400, 404]);
    expect(services.calls).toEqual([]);
  });
});
