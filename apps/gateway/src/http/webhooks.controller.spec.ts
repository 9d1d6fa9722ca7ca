import type { INestApplication } from '@nestjs/common';
import {
  DomainException,
  type WebhookView,
  type WebhookWithSealedSecretView,
  type WebhookWithSecretView,
} from '@pollen/contracts';
import { ReplyKeys, sealForReply } from '@pollen/platform/kafka';
import type request from 'supertest';

import { PROBLEM, startControllers } from '../../test/controllers.harness';
import type { CannedServiceClient } from '../../test/fakes/canned-service.client';

const INVESTOR = '0b8a5a3c-2f7e-4a4b-9c51-6d1f0e2a7b10';
const WEBHOOK = '5d2f8e1a-9c3b-4a7d-8e6f-1a2b3c4d5e6f';
const registration = { url: 'https://hooks.example.org/pollen', events: ['deal-flow.match-proposed'] };

const anEndpoint: WebhookView = {
  id: WEBHOOK,
  url: registration.url,
  events: ['deal-flow.match-proposed'],
  status: 'active',
  failingSince: null,
  disabledAt: null,
  previousSecretExpiresAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
};
const withSecret: WebhookWithSecretView = { ...anEndpoint, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' };

/** Webhook endpoints: investors and operators, keyed by the caller; secrets are never cached. */
describe('WebhooksController', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;
  let keys: ReplyKeys;
  let investor: string;
  let operator: string;
  let applicant: string;

  beforeAll(async () => {
    const controllers = await startControllers();
    ({ app, http, services } = controllers);
    keys = app.get(ReplyKeys);
    investor = await controllers.tokenFor('investor', INVESTOR);
    operator = await controllers.tokenFor('operator', 'op-1');
    applicant = await controllers.tokenFor('applicant');
  });

  afterAll(() => app?.close());
  beforeEach(() => services.reset());

  const asInvestor = (call: request.Test) => call.set('Authorization', `Bearer ${investor}`);
  /** What the notifications service answers: the secret sealed to this gateway process's key. */
  const sealed = (
    { secret, ...view }: WebhookWithSecretView,
    replyKey = keys.publicKey,
  ): WebhookWithSealedSecretView => ({ ...view, sealedSecret: sealForReply(replyKey, secret) });

  describe('POST /v1/webhooks', () => {
    it('registers the validated endpoint for the caller, answering 201 with its secret, never cached', async () => {
      services.answer('webhooks.register', sealed(withSecret));

      const response = await asInvestor(http.post('/v1/webhooks')).set('Accept-Language', 'en').send(registration);

      expect(response.status).toBe(201);
      expect(response.body).toEqual(withSecret);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['etag']).toBeUndefined();
      expect(services.calls).toEqual([
        {
          type: 'webhooks.register',
          subject: INVESTOR,
          // The secret comes back sealed to this process's key, in memory only.
          data: { ...registration, replyKey: keys.publicKey },
          actor: { id: INVESTOR, roles: ['investor'] },
          locale: 'en',
          id: undefined,
        },
      ]);
    });

    it('keeps no answer holding a secret: a retry with the same Idempotency-Key asks again, under the same request id', async () => {
      services.answer('webhooks.register', sealed(withSecret));

      const first = await asInvestor(http.post('/v1/webhooks')).set('Idempotency-Key', 'hook-1').send(registration);
      const retry = await asInvestor(http.post('/v1/webhooks')).set('Idempotency-Key', 'hook-1').send(registration);

      expect([first.status, retry.status]).toEqual([201, 201]);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
      expect(retry.headers['cache-control']).toBe('no-store');
      // The service answers the same endpoint and secret for the same request id (RegisterWebhook).
      expect(services.calls).toHaveLength(2);
      expect(services.calls[1].id).toEqual(expect.any(String));
      expect(services.calls[1].id).toBe(services.calls[0].id);
    });

    it.each([
      ['an unknown event type', { ...registration, events: ['application.submitted'] }, 'events'],
      ['no event', { ...registration, events: [] }, 'events'],
      ['a URL that is not http(s)', { ...registration, url: 'ftp://hooks.example.org/pollen' }, 'url'],
      ['a URL with credentials', { ...registration, url: 'https://me:secret@hooks.example.org/' }, 'url'],
      ['an unknown field', { ...registration, secret: 'whsec_mine' }, 'secret'],
    ])('refuses %s with 400, asking nothing', async (_, body, field) => {
      const response = await asInvestor(http.post('/v1/webhooks')).send(body);

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ code: 'validation-failed' });
      expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
      expect(services.calls).toEqual([]);
    });

    it.each([
      ['webhook.too-many', 409],
      ['webhook.url-refused', 400],
      ['webhook.https-required', 400],
    ] as const)('passes on the service’s %s as %d', async (code, status) => {
      services.fail('webhooks.register', new DomainException(code, code));

      const response = await asInvestor(http.post('/v1/webhooks')).send(registration);

      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ code });
    });
  });

  it('lists the caller’s endpoints with an ETag, for operators too', async () => {
    services.answer('webhooks.list', { items: [anEndpoint] });

    const response = await http.get('/v1/webhooks').set('Authorization', `Bearer ${operator}`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [anEndpoint] });
    expect(response.headers['etag']).toMatch(/^W\/"/);
    expect(services.calls).toEqual([
      expect.objectContaining({
        type: 'webhooks.list',
        subject: 'op-1',
        data: {},
        actor: { id: 'op-1', roles: ['operator'] },
      }),
    ]);
  });

  it('deletes one of the caller’s endpoints, answering 204', async () => {
    services.answer('webhooks.delete', {});

    const response = await asInvestor(http.delete(`/v1/webhooks/${WEBHOOK}`));

    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    expect(services.calls).toEqual([
      expect.objectContaining({ type: 'webhooks.delete', subject: INVESTOR, data: { webhookId: WEBHOOK } }),
    ]);
  });

  it('rotates an endpoint’s secret, answering 200 with the new one, never cached', async () => {
    const rotated = { ...withSecret, previousSecretExpiresAt: '2026-12-02T10:00:00.000Z' };
    services.answer('webhooks.rotate-secret', sealed(rotated));

    const response = await asInvestor(http.post(`/v1/webhooks/${WEBHOOK}/rotate-secret`));

    expect(response.status).toBe(200);
    expect(response.body).toEqual(rotated);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['etag']).toBeUndefined();
    expect(services.calls).toEqual([
      expect.objectContaining({
        type: 'webhooks.rotate-secret',
        subject: INVESTOR,
        data: { webhookId: WEBHOOK, replyKey: keys.publicKey },
      }),
    ]);
  });

  it('answers 500 rather than a secret sealed to another key (another process’s reply)', async () => {
    services.answer('webhooks.rotate-secret', sealed(withSecret, new ReplyKeys().publicKey));

    const response = await asInvestor(http.post(`/v1/webhooks/${WEBHOOK}/rotate-secret`));

    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(JSON.stringify(response.body)).not.toContain('whsec_');
  });

  it('lists an endpoint’s deliveries a page at a time', async () => {
    services.answer('webhooks.list-deliveries', { items: [], nextCursor: null });

    const response = await asInvestor(http.get(`/v1/webhooks/${WEBHOOK}/deliveries?limit=5&cursor=abc`));

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [], nextCursor: null });
    expect(response.headers['cache-control']).toBeUndefined();
    expect(services.calls).toEqual([
      expect.objectContaining({
        type: 'webhooks.list-deliveries',
        subject: INVESTOR,
        data: { limit: 5, cursor: 'abc', webhookId: WEBHOOK },
      }),
    ]);
  });

  it('refuses limit=0 and an unknown parameter on the deliveries with 400, asking nothing', async () => {
    const answers = await Promise.all(
      ['limit=0', 'status=dead'].map((query) => asInvestor(http.get(`/v1/webhooks/${WEBHOOK}/deliveries?${query}`))),
    );

    expect(answers.map((response) => [response.status, response.body.code])).toEqual([
      [400, 'validation-failed'],
      [400, 'validation-failed'],
    ]);
    expect(services.calls).toEqual([]);
  });

  it('answers 404 to an id that is not a UUID without asking, and passes on webhook.not-found', async () => {
    services.fail('webhooks.rotate-secret', new DomainException('webhook.not-found', `No webhook ${WEBHOOK}`));

    const notAnId = await Promise.all(
      [
        http.delete('/v1/webhooks/nope'),
        http.post('/v1/webhooks/nope/rotate-secret'),
        http.get('/v1/webhooks/nope/deliveries'),
      ].map(async (call) => (await asInvestor(call)).status),
    );
    expect(notAnId).toEqual([404, 404, 404]);
    expect(services.calls).toEqual([]);

    const unknown = await asInvestor(http.post(`/v1/webhooks/${WEBHOOK}/rotate-secret`));
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(PROBLEM);
    expect(unknown.body).toMatchObject({ code: 'webhook.not-found' });
  });

  it('refuses an applicant on every route with 403, asking nothing', async () => {
    const answers = await Promise.all(
      [
        http.post('/v1/webhooks').send(registration),
        http.get('/v1/webhooks'),
        http.delete(`/v1/webhooks/${WEBHOOK}`),
        http.post(`/v1/webhooks/${WEBHOOK}/rotate-secret`),
        http.get(`/v1/webhooks/${WEBHOOK}/deliveries`),
      ].map((call) => call.set('Authorization', `Bearer ${applicant}`)),
    );

    for (const response of answers) {
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ code: 'auth.role-required' });
    }
    expect(services.calls).toEqual([]);
  });
});
