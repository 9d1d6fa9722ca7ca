import type { INestApplication } from '@nestjs/common';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

/** Notifications not delivered: operators only; the notifications service answers. */
describe('NotificationsOpsController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let operator: string;
  let applicant: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    operator = await controllers.tokenFor('operator', 'op-1');
    applicant = await controllers.tokenFor('applicant');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('lists the failures with the filters, for operators only', async () => {
    services.answer('notifications.list-failures', { items: [], nextCursor: null });

    const response = await http
      .get('/v1/ops/notifications/failures?status=dead&limit=10')
      .set('Authorization', `Bearer ${operator}`);
    const refused = await http.get('/v1/ops/notifications/failures').set('Authorization', `Bearer ${applicant}`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [], nextCursor: null });
    expect(services.calls).toEqual([
      expect.objectContaining({
        type: 'notifications.list-failures',
        data: { status: 'dead', limit: 10 },
        actor: { id: 'op-1', roles: ['operator'] },
      }),
    ]);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'auth.role-required' });
  });

  it('refuses a status other than failed or dead, and an unknown filter, asking nothing', async () => {
    const sent = await http
      .get('/v1/ops/notifications/failures?status=sent')
      .set('Authorization', `Bearer ${operator}`);
    const unknown = await http
      .get('/v1/ops/notifications/failures?channel=e-mail')
      .set('Authorization', `Bearer ${operator}`);

    for (const response of [sent, unknown]) {
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ code: 'validation-failed' });
    }
    expect(sent.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
    expect(services.calls).toEqual([]);
  });
});
