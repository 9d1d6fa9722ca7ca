import type { INestApplication } from '@nestjs/common';
import type { NotificationPreferencesView } from '@pollen/contracts';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

const every = { 'e-mail': true, 'in-app': true, webhook: true };
const preferences: NotificationPreferencesView = {
  categories: {
    application: { ...every, critical: false },
    decision: { ...every, critical: true },
    matching: { 'e-mail': false, 'in-app': true, webhook: false, critical: false },
    introduction: { ...every, critical: true },
    document: { ...every, critical: true },
    account: { ...every, critical: false },
    security: { ...every, critical: true },
  },
  dealFlowAlerts: 'daily',
  digestTime: '08:00',
  updatedAt: '2026-12-01T10:00:00.000Z',
};
const choices = {
  categories: { matching: { 'e-mail': false, 'in-app': true, webhook: false } },
  dealFlowAlerts: 'daily',
};

/** Notification preferences: any signed-in role, keyed by the caller. */
describe('NotificationPreferencesController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let investor: string;
  let applicant: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    investor = await controllers.tokenFor('investor', 'investor-7');
    applicant = await controllers.tokenFor('applicant', 'applicant-7');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  it('reads the caller’s preferences, keyed by the caller', async () => {
    services.answer('notifications.get-preferences', preferences);

    const response = await http
      .get('/v1/me/notification-preferences')
      .set('Authorization', `Bearer ${applicant}`)
      .set('Accept-Language', 'en');

    expect(response.status).toBe(200);
    expect(response.body).toEqual(preferences);
    expect(services.calls).toEqual([
      {
        type: 'notifications.get-preferences',
        subject: 'applicant-7',
        data: {},
        actor: { id: 'applicant-7', roles: ['applicant'] },
        locale: 'en',
        id: undefined,
      },
    ]);
  });

  it('replaces them with the validated body, answering 200 with what they now are', async () => {
    services.answer('notifications.set-preferences', preferences);

    const response = await http
      .put('/v1/me/notification-preferences')
      .set('Authorization', `Bearer ${investor}`)
      .send(choices);

    expect(response.status).toBe(200);
    expect(response.body).toEqual(preferences);
    expect(services.calls).toEqual([
      {
        type: 'notifications.set-preferences',
        subject: 'investor-7',
        data: choices,
        actor: { id: 'investor-7', roles: ['investor'] },
        locale: 'fr',
        id: undefined,
      },
    ]);
  });

  it.each([
    ['an unknown category', { ...choices, categories: { marketing: every } }, 'categories.marketing'],
    ['no dealFlowAlerts', { categories: {} }, 'dealFlowAlerts'],
    ['an unknown dealFlowAlerts', { ...choices, dealFlowAlerts: 'weekly' }, 'dealFlowAlerts'],
    [
      'a channel that is not a boolean',
      { ...choices, categories: { matching: { ...every, webhook: 'no' } } },
      'categories.matching.webhook',
    ],
    [
      'a channel left out',
      { ...choices, categories: { matching: { 'e-mail': false, 'in-app': true } } },
      'categories.matching.webhook',
    ],
    [
      'an unknown channel',
      { ...choices, categories: { matching: { ...every, sms: true } } },
      'categories.matching.sms',
    ],
    ['an unknown field', { ...choices, digestTime: '07:00' }, 'digestTime'],
  ])('refuses %s with 400, asking nothing', async (_, body, field) => {
    const response = await http
      .put('/v1/me/notification-preferences')
      .set('Authorization', `Bearer ${investor}`)
      .send(body);

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ code: 'validation-failed' });
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    expect(services.calls).toEqual([]);
  });

  it('needs a signed-in caller', async () => {
    const read = await http.get('/v1/me/notification-preferences');
    const write = await http.put('/v1/me/notification-preferences').send(choices);

    expect([read.status, write.status]).toEqual([401, 401]);
    expect(services.calls).toEqual([]);
  });
});
