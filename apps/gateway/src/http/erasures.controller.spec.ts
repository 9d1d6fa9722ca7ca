import { createHash } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { DomainException, type ErasureView } from '@pollen/contracts';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';
import type { InMemoryAccessDenialStore } from '../../test/fakes/in-memory-access-denial.store';

const ERASURE_ID = '5f0c3a52-3b7e-4d8c-9a41-2e6f7b8c9d0e';
const RECEIPT = 'q'.repeat(43);

const anErasure = (): ErasureView => ({
  erasureId: ERASURE_ID,
  status: 'in-progress',
  role: 'applicant',
  requestedAt: '2026-12-01T10:00:00.000Z',
  services: [
    { service: 'gateway', status: 'completed', completedAt: '2026-12-01T10:00:01.000Z', erased: [], kept: [] },
  ],
});

/** Erasures' progress: the receipt's holder reads theirs, operators list them; operations answers. */
describe('ErasuresController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let denials: InMemoryAccessDenialStore;
  let operator: string;
  let applicant: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services, denials } = controllers);
    operator = await controllers.tokenFor('operator', 'op-1');
    applicant = await controllers.tokenFor('applicant', 'applicant-1');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('shows an erasure to the holder of its receipt, sending operations the receipt’s hash only', async () => {
    services.answer('operations.get-erasure', anErasure());

    const response = await http.get(`/v1/erasures/${ERASURE_ID}`).set('Authorization', `Receipt ${RECEIPT}`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual(anErasure());
    expect(services.calls).toEqual([
      expect.objectContaining({
        type: 'operations.get-erasure',
        subject: ERASURE_ID,
        data: { receiptHash: createHash('sha256').update(RECEIPT).digest('hex') },
        actor: undefined,
      }),
    ]);
    expect(JSON.stringify(services.calls)).not.toContain(RECEIPT);
  });

  it('asks for the receipt when it is missing or garbled, without asking operations', async () => {
    for (const authorization of [undefined, `Bearer ${applicant}`, 'Receipt short', `Receipt ${RECEIPT}!`]) {
      const asked = http.get(`/v1/erasures/${ERASURE_ID}`);
      const response = await (authorization ? asked.set('Authorization', authorization) : asked);
      expect([authorization, response.status, response.body.code]).toEqual([
        authorization,
        401,
        'erasure.receipt-required',
      ]);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    }
    expect(services.calls).toEqual([]);
  });

  it('answers 404 for another erasure’s receipt, and for an id that cannot be one', async () => {
    services.fail('operations.get-erasure', new DomainException('erasure.not-found'));

    const other = await http.get(`/v1/erasures/${ERASURE_ID}`).set('Authorization', `Receipt ${RECEIPT}`);
    const garbled = await http.get('/v1/erasures/not-an-id').set('Authorization', `Receipt ${RECEIPT}`);

    expect([other.status, other.body.code]).toEqual([404, 'erasure.not-found']);
    expect([garbled.status, garbled.body.code]).toEqual([404, 'erasure.not-found']);
    expect(services.calls).toHaveLength(1);
  });

  it('lists erasures by status for operators only', async () => {
    services.answer('operations.list-erasures', { items: [anErasure()], nextCursor: null });

    const response = await http
      .get('/v1/ops/erasures?status=in-progress&limit=5')
      .set('Authorization', `Bearer ${operator}`);
    const refused = await http.get('/v1/ops/erasures').set('Authorization', `Bearer ${applicant}`);
    const invalid = await http.get('/v1/ops/erasures?status=lost').set('Authorization', `Bearer ${operator}`);

    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    expect(services.calls).toEqual([
      expect.objectContaining({
        type: 'operations.list-erasures',
        data: { status: 'in-progress', limit: 5 },
        actor: { id: 'op-1', roles: ['operator'] },
      }),
    ]);
    expect([refused.status, refused.body.code]).toEqual([403, 'auth.role-required']);
    expect(invalid.status).toBe(400);
  });

  it('refuses the still valid token of an erased account with 401 account.gone', async () => {
    services.answer('operations.list-erasures', { items: [], nextCursor: null });
    await denials.deny('op-1', new Date(Date.now() + 60_000));
    try {
      const response = await http.get('/v1/ops/erasures').set('Authorization', `Bearer ${operator}`);
      expect([response.status, response.body.code]).toEqual([401, 'account.gone']);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    } finally {
      denials.until.clear();
    }
    expect((await http.get('/v1/ops/erasures').set('Authorization', `Bearer ${operator}`)).status).toBe(200);
  });
});
