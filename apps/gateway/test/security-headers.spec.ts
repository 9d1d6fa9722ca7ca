import { generateKeyPairSync } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import type request from 'supertest';

import { GatewayConfig } from '../src/config/gateway.config';
import { startControllers } from './controllers.harness';
import { type CannedServiceClient } from './fakes/canned-service.client';

/** What every answer carries (helmet); /docs has its own CSP (gateway-http.spec.ts). */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Production refuses the repository's development pair: a pair of its own. */
const productionActorKeys = () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    ACTOR_SIGNING_KEY: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    ACTOR_VERIFY_KEY: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
};

describe('security headers', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;

  beforeAll(async () => ({ app, http, services } = await startControllers()));
  afterAll(() => app?.close());

  it.each([
    ['an answer', () => http.get('/v1/programmes'), 200],
    ['a refusal', () => http.get('/v1/applications'), 401],
    ['an unknown route', () => http.get('/v1/nothing-here'), 404],
  ])('are on %s, with a CSP that lets nothing load', async (_what, call, status) => {
    services.answer('programmes.list', { items: [], nextCursor: null });
    const response = await call();

    expect(response.status).toBe(status);
    expect(response.headers).toMatchObject({
      ...SECURITY_HEADERS,
      'content-security-policy': "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
    });
  });
});

describe('/docs in production', () => {
  it('is not served, nor /docs-json, when API_DOCS is not set', async () => {
    const production = await startControllers({
      ...productionActorKeys(),
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(48),
      POLLEN_OPERATOR_PASSWORD: 'a real operator password',
      API_DOCS: '', // unset, as a deployment leaves it (the harness turns docs off otherwise)
    });
    try {
      expect(production.app.get(GatewayConfig).apiDocs).toBe(false);
      // 404, or the portal's page when it is built (dist/apps/portal): never the API's map.
      const docs = await production.http.get('/docs');
      expect([200, 404]).toContain(docs.status);
      expect(docs.text).not.toContain('swagger-ui');
      expect(docs.headers).toMatchObject(SECURITY_HEADERS);
      const document = await production.http.get('/docs-json');
      expect(document.headers['content-type']).not.toMatch(/^application\/json/);
      expect(document.text).not.toContain('"openapi"');
    } finally {
      await production.app.close();
    }
  });
});
