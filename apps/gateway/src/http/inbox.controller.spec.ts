import type { INestApplication } from '@nestjs/common';
import { DomainException, type NotificationView } from '@pollen/contracts';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

const INVESTOR = '0b8a5a3c-2f7e-4a4b-9c51-6d1f0e2a7b10';
/** A notification is one notice on one channel: its id is not a UUID. */
const NOTIFICATION = `${INVESTOR}:5d2f8e1a-9c3b-4a7d-8e6f-1a2b3c4d5e6f:in-app`;

const aNotification: NotificationView = {
  id: NOTIFICATION,
  channel: 'in-app',
  category: 'matching',
  critical: false,
  title: 'New match',
  body: 'A project fits your thesis.',
  status: 'unread',
  delivery: { 'e-mail': 'sent' },
  subject: '5d2f8e1a-9c3b-4a7d-8e6f-1a2b3c4d5e6f',
  createdAt: '2026-12-01T10:00:00.000Z',
};

/** The inbox: any signed-in role, every request keyed by the caller. */
describe('InboxController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let investor: string;
  let applicant: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    investor = await controllers.tokenFor('investor', INVESTOR);
    applicant = await controllers.tokenFor('applicant', 'applicant-7');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  describe('GET /v1/me/notifications', () => {
    it('asks for the caller’s notifications, keyed by the caller, in the caller’s language', async () => {
      services.answer('notifications.list-mine', { items: [aNotification], nextCursor: 'next', unreadCount: 3 });

      const response = await http
        .get('/v1/me/notifications')
        .set('Authorization', `Bearer ${investor}`)
        .set('Accept-Language', 'en-GB,en;q=0.9');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ items: [aNotification], nextCursor: 'next', unreadCount: 3 });
      expect(response.headers['etag']).toMatch(/^W\/"/);
      expect(services.calls).toEqual([
        {
          type: 'notifications.list-mine',
          subject: INVESTOR,
          data: {},
          actor: { id: INVESTOR, roles: ['investor'] },
          locale: 'en',
          id: undefined,
        },
      ]);
    });

    it('passes the page and the unread filter on, validated, for any role', async () => {
      services.answer('notifications.list-mine', { items: [], nextCursor: null, unreadCount: 0 });

      const response = await http
        .get('/v1/me/notifications?limit=10&cursor=abc&unread=true')
        .set('Authorization', `Bearer ${applicant}`);

      expect(response.status).toBe(200);
      expect(services.calls).toEqual([
        expect.objectContaining({
          subject: 'applicant-7',
          data: { limit: 10, cursor: 'abc', unread: 'true' },
          locale: 'fr',
        }),
      ]);
    });

    it('refuses limit=0, unread=maybe and an unknown parameter with 400, asking nothing', async () => {
      const answers = await Promise.all(
        ['limit=0', 'unread=maybe', 'channel=e-mail'].map((query) =>
          http.get(`/v1/me/notifications?${query}`).set('Authorization', `Bearer ${investor}`),
        ),
      );

      for (const response of answers) {
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body).toMatchObject({ code: 'validation-failed' });
      }
      expect(answers.map((response) => response.body.errors[0].field)).toEqual(['limit', 'unread', 'channel']);
      expect(services.calls).toEqual([]);
    });

    it('needs a signed-in caller', async () => {
      const response = await http.get('/v1/me/notifications');

      expect(response.status).toBe(401);
      expect(services.calls).toEqual([]);
    });
  });

  describe('POST /v1/me/notifications/{id}/read', () => {
    it('marks one notification read, by the id it was listed with, answering 204', async () => {
      services.answer('notifications.mark-read', {});

      const response = await http
        .post(`/v1/me/notifications/${NOTIFICATION}/read`)
        .set('Authorization', `Bearer ${investor}`)
        .set('Accept-Language', 'en');

      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expect(services.calls).toEqual([
        {
          type: 'notifications.mark-read',
          subject: INVESTOR,
          data: { notificationId: NOTIFICATION },
          actor: { id: INVESTOR, roles: ['investor'] },
          locale: 'en',
          id: undefined,
        },
      ]);
    });

    it('passes on the service’s 404 for a notification not in the caller’s inbox', async () => {
      services.fail('notifications.mark-read', new DomainException('notification.not-found', 'No such notification'));

      const response = await http
        .post(`/v1/me/notifications/${NOTIFICATION}/read`)
        .set('Authorization', `Bearer ${investor}`);

      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ code: 'notification.not-found' });
    });

    it('takes the id percent-encoded too', async () => {
      services.answer('notifications.mark-read', {});

      const response = await http
        .post(`/v1/me/notifications/${encodeURIComponent(NOTIFICATION)}/read`)
        .set('Authorization', `Bearer ${investor}`);

      expect(response.status).toBe(204);
      expect(services.calls.map((call) => call.data)).toEqual([{ notificationId: NOTIFICATION }]);
    });

    it('refuses an id longer than any notification’s without asking', async () => {
      const response = await http
        .post(`/v1/me/notifications/${'x'.repeat(301)}/read`)
        .set('Authorization', `Bearer ${investor}`);

      // The router refuses a path parameter past 100 characters (414) before any validation; ids have 80.
      expect(response.status).toBe(414);
      expect(services.calls).toEqual([]);
    });
  });

  describe('POST /v1/me/notifications/read-all', () => {
    it('marks every notification of the caller read, answering 204 without the count', async () => {
      services.answer('notifications.mark-all-read', { read: 4 });

      const response = await http.post('/v1/me/notifications/read-all').set('Authorization', `Bearer ${applicant}`);

      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expect(services.calls).toEqual([
        expect.objectContaining({
          type: 'notifications.mark-all-read',
          subject: 'applicant-7',
          data: {},
          actor: { id: 'applicant-7', roles: ['applicant'] },
        }),
      ]);
    });
  });
});
