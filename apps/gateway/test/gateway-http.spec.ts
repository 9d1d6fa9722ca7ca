import type { INestApplication } from '@nestjs/common';
import { managementUrl } from '@pollen/testing';
import request from 'supertest';

import { PROBLEM, signUp, startGateway } from './gateway.harness';

const validDraft = { programmeId: 'programme-1', organisation: { name: 'Atelier Vélo Solidaire', siren: '732829320' } };

/**
 * The gateway's HTTP contract: validation, problem+json, OpenAPI, health. No applications service
 * runs here, so a valid request waits for its (short) deadline and gets 503.
 */
describe('gateway HTTP contract', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  /** Health and metrics, on the management port. */
  let management: ReturnType<typeof request>;
  let token: string;
  const post = (path: string) => http.post(path).set('Authorization', `Bearer ${token}`);
  const get = (path: string) => http.get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startGateway({ REQUEST_TIMEOUT_MS: '1500' });
    http = request(app.getHttpServer());
    management = request(managementUrl(app));
    token = (await signUp(app)).accessToken;
  });

  afterAll(() => app?.close());

  describe('bad input gets a clear problem+json 4xx', () => {
    it('refuses an Idempotency-Key on /v1/auth/*, whose answers carry credentials and are never stored', async () => {
      const response = await http
        .post('/v1/auth/login')
        .set('Idempotency-Key', 'login-1')
        .send({ email: 'camille@example.org', password: 'whatever password' });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.code).toBe('idempotency.not-supported');
    });

    it('lists every invalid field at once', async () => {
      const response = await post('/v1/applications').send({
        programmeId: '',
        organisation: { name: 42, siren: '123456789', region: 'FR-XXX' },
        extra: true,
      });

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({
        type: 'https://pollen.dev/problems/validation-failed',
        title: 'Invalid request',
        status: 400,
        instance: '/v1/applications',
      });
      const fields = response.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
      expect(fields).toEqual(
        expect.arrayContaining([
          'extra:unknownField',
          'programmeId:isNotEmpty',
          'organisation.name:isString',
          'organisation.siren:isSiren',
          'organisation.region:isIn',
        ]),
      );
    });

    it('checks the engagement dimensions and goals of a project against their codes', async () => {
      const response = await post('/v1/applications').send({
        programmeId: 'p-1',
        project: { engagementDimensions: ['charity'], sdgs: [8, 18] },
      });

      expect(response.status).toBe(400);
      const fields = response.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
      expect(fields).toEqual(expect.arrayContaining(['project.engagementDimensions:isIn', 'project.sdgs:max']));
    });

    it('refuses status or ownerId in a body', async () => {
      const response = await post('/v1/applications').send({ ...validDraft, status: 'funded', ownerId: 'someone' });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['ownerId', 'status']);
    });

    it('refuses Mongo operators in a body', async () => {
      const response = await post('/v1/applications').send({
        programmeId: { $gt: '' },
        organisation: { $where: '1', name: 'x', siren: '732829320' },
      });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['programmeId', 'organisation.$where']),
      );
    });

    it('says so when the body is not JSON', async () => {
      const response = await post('/v1/applications').set('Content-Type', 'application/json').send('{"programmeId": ');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.detail).toMatch(/^The request body is not valid JSON \(.+\)$/);
    });

    it('refuses a body over the size limit with 413', async () => {
      const response = await post('/v1/applications').send({ ...validDraft, padding: 'x'.repeat(200_000) });
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });

    it('answers 404 problem+json for an unknown route and for an id that cannot exist', async () => {
      const route = await get('/v1/nothing-here');
      expect(route.status).toBe(404);
      expect(route.headers['content-type']).toMatch(PROBLEM);
      const id = await get('/v1/applications/not-an-id');
      expect(id.status).toBe(404);
      expect(id.body.type).toBe('https://pollen.dev/problems/not-found');
    });
  });

  it('answers 503 with Retry-After when the owning service does not answer in time', async () => {
    const response = await post('/v1/applications').send(validDraft);
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.detail).toMatch(/no answer/);
  });

  it('echoes a well-formed correlation id, and invents one otherwise', async () => {
    const given = await http.get('/v1/no-such-route').set('X-Correlation-Id', 'trace-me-12345');
    expect(given.headers['x-correlation-id']).toBe('trace-me-12345');
    const invented = await http.get('/v1/no-such-route').set('X-Correlation-Id', 'bad id with spaces');
    expect(invented.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('OpenAPI', () => {
    it('serves the document with every route and the draft schema', async () => {
      const response = await http.get('/docs-json');
      expect(response.status).toBe(200);
      expect(Object.keys(response.body.paths)).toEqual(
        expect.arrayContaining(['/v1/applications', '/v1/applications/{id}']),
      );
      const schemas = response.body.components.schemas;
      expect(schemas.CreateApplicationDraftDto.required).toEqual(
        expect.arrayContaining(['programmeId', 'organisation']),
      );
      expect(schemas.OrganisationDto.properties.legalForm.enum).toEqual(
        expect.arrayContaining(['association', 'scop', 'scic']),
      );
      expect(schemas.OrganisationDto.properties.region.enum).toEqual(expect.arrayContaining(['FR-IDF', 'FR-976']));
      const post = response.body.paths['/v1/applications'].post;
      expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '400', '409', '503']));
      expect(post.responses['400'].content['application/problem+json']).toBeDefined();
    });

    it('serves the UI at /docs', async () => {
      const response = await http.get('/docs');
      expect(response.status).toBe(200);
      expect(response.text).toContain('swagger-ui');
    });

    it('gives /docs a CSP that allows what the page loads, its own scripts, styles and images, and no more', async () => {
      const page = await http.get('/docs');

      const csp = String(page.headers['content-security-policy']).split(';');
      expect(csp).toEqual(
        expect.arrayContaining(["default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'"]),
      );
      expect(csp).not.toContain('upgrade-insecure-requests'); // a laptop serves it over plain HTTP
      expect(page.headers['x-frame-options']).toBe('DENY');
      // No inline script, which script-src 'self' would block, and every file from /docs itself.
      const scripts = [...page.text.matchAll(/<script([^>]*)>/g)].map(([, attributes]) => attributes);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((attributes) => !/\bsrc=/.test(attributes))).toEqual([]);
      const files = [...page.text.matchAll(/(?:src|href)=["']([^"']+)["']/g)].map(([, url]) => url);
      expect(files.length).toBeGreaterThan(scripts.length);
      for (const file of files) {
        const url = new URL(file, 'http://gateway/docs');
        expect(url.href).toMatch(/^http:\/\/gateway\/docs\//);
        const asset = await http.get(url.pathname);
        expect([file, asset.status]).toEqual([file, 200]);
        expect(asset.headers['content-security-policy']).toContain("script-src 'self'");
      }
    });
  });

  describe('health and metrics, on the management port', () => {
    it('is live and ready there, and not on the API’s port', async () => {
      expect((await http.get('/health/ready')).status).toBe(404);
      expect((await http.get('/metrics')).status).toBe(404);
      expect((await management.get('/health/live')).body).toEqual({ status: 'ok' });
      const ready = await management.get('/health/ready');
      expect(ready.status).toBe(200);
      // consumers:events: the vetting projection reads investor events.
      expect(Object.keys(ready.body.checks).sort()).toEqual([
        'consumers:events',
        'dependencies',
        'kafka',
        'mongodb',
        'request-reply',
      ]);
    });

    it('exposes Prometheus metrics, HTTP latency by route template included', async () => {
      await get('/v1/applications/not-an-id');
      const response = await management.get('/metrics');
      expect(response.status).toBe(200);
      expect(response.text).toContain('process_cpu_user_seconds_total');
      expect(response.text).toMatch(
        /pollen_http_request_seconds_count\{method="GET",route="\/v1\/applications\/:id",status="404"\} \d+/,
      );
      expect(response.text).toContain('pollen_request_reply_seconds');
    });

    it('counts every answer, also those no handler wrote: a guard’s 401, an unknown route’s 404, a 413', async () => {
      const count = async (series: string) => {
        const text = (await management.get('/metrics')).text;
        const line = text.split('\n').find((each) => each.startsWith(`pollen_http_request_seconds_count{${series}}`));
        return line ? Number(line.split(' ').at(-1)) : 0;
      };
      const refused = 'method="GET",route="/v1/me",status="401"';
      const unknown = 'method="GET",route="unmatched",status="404"';
      const tooLarge = 'method="POST",route="/v1/applications",status="413"';
      const before = { refused: await count(refused), unknown: await count(unknown), tooLarge: await count(tooLarge) };

      expect((await http.get('/v1/me')).status).toBe(401);
      expect((await get('/v1/nowhere-at-all')).status).toBe(404);
      expect((await post('/v1/applications').send({ padding: 'x'.repeat(200_000) })).status).toBe(413);

      expect(await count(refused)).toBe(before.refused + 1);
      expect(await count(unknown)).toBe(before.unknown + 1);
      expect(await count(tooLarge)).toBe(before.tooLarge + 1);
    });
  });
});
