import type { INestApplication } from '@nestjs/common';
import type request from 'supertest';

import { startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

/** The inbox: any signed-in role, keyed by the caller. */
describe('InboxController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let investor: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    investor = await controllers.tokenFor('investor', 'investor-7');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('asks for the caller’s notifications, keyed by the caller, in the caller’s language', async () => {
    services.answer('notifications.list-mine', { items: [] });
    const response = await http
      .get('/v1/me/notifications')
      .set('Authorization', `Bearer ${investor}`)
      .set('Accept-Language', 'en-GB,en;q=0.9');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [] });
    expect(response.headers['etag']).toMatch(/^W\/"/);
    expect(services.calls).toEqual([
      {
        type: 'notifications.list-mine',
        subject: 'investor-7',
        data: {},
        actor: { id: 'investor-7', roles: ['investor'] },
        locale: 'en',
      },
    ]);
  });
});
