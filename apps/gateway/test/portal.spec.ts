import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type INestApplication, Logger } from '@nestjs/common';
import { httpRequestSeconds } from '@pollen/platform/http';
import type request from 'supertest';

import { PROBLEM, startControllers } from './controllers.harness';
import { type CannedServiceClient } from './fakes/canned-service.client';

/** The strict policy of the portal's answers: nothing inline, nothing from elsewhere. */
const PORTAL_POLICY =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';object-src 'none';frame-ancestors 'none';base-uri 'self';form-action 'self'";
const API_POLICY = "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'";

const INDEX = '<!doctype html><title>Pollen</title><script type="module" src="/assets/index-a1b2c3.js"></script>';
const SCRIPT = 'console.log("portal");';

/** A built portal as `vite build` leaves it: index.html and content-hashed files under assets/. */
function aBuiltPortal(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pollen-portal-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), INDEX);
  writeFileSync(path.join(dir, 'assets', 'index-a1b2c3.js'), SCRIPT);
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, '.env'), 'SECRET=1');
  return dir;
}

describe('the portal, served from the gateway’s origin', () => {
  let portal: string;
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let services: CannedServiceClient;

  beforeAll(async () => {
    portal = aBuiltPortal();
    ({ app, http, services } = await startControllers({ PORTAL_DIR: portal }));
  });

  afterAll(async () => {
    await app?.close();
    rmSync(portal, { recursive: true, force: true });
  });

  it('answers / with index.html, revalidated every time, under the strict page policy', async () => {
    const response = await http.get('/');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toBe(INDEX);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBe(PORTAL_POLICY);
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it.each([
    '/applications/abc',
    '/applications/abc/',
    '/Inbox',
    '/login?next=%2Fapplications',
    '/.env',
    '/%2e%2e/package.json',
  ])('answers the deep link %s with index.html, for the app’s router to show', async (link) => {
    const response = await http.get(link);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toBe(INDEX);
    expect(response.headers['content-security-policy']).toBe(PORTAL_POLICY);
  });

  it('answers HEAD as GET, without a body', async () => {
    const response = await http.head('/applications/abc');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toBeUndefined();
  });

  it('serves the files under assets/ for a year, immutable, and the others revalidated', async () => {
    const script = await http.get('/assets/index-a1b2c3.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.text).toBe(SCRIPT);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-security-policy']).toBe(PORTAL_POLICY);

    const icon = await http.get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers 304 to a page the browser holds', async () => {
    const first = await http.get('/');
    const again = await http.get('/').set('If-None-Match', first.headers['etag']);
    expect(again.status).toBe(304);
  });

  it('answers a missing file under assets/ 404, never with the page (it would be kept for a year)', async () => {
    const response = await http.get('/assets/index-0ld.js');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(PROBLEM);
  });

  it('leaves /v1 to the API: an unknown path is its problem+json 404, under the API’s policy', async () => {
    services.answer('programmes.list', { items: [], nextCursor: null });
    for (const unknown of ['/v1/nothing-here', '/V1/Nothing/Deeper', '/v1']) {
      const response = await http.get(unknown);
      expect([unknown, response.status]).toEqual([unknown, 404]);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.headers['content-security-policy']).toBe(API_POLICY);
    }
    const answer = await http.get('/v1/programmes');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe(API_POLICY);
    expect(answer.headers['cache-control']).toBeUndefined();
  });

  it('counts an unknown API path as unmatched, not as the portal’s route', async () => {
    const unmatched = async () =>
      (await httpRequestSeconds.get()).values.find(
        ({ metricName, labels }) =>
          metricName?.endsWith('_count') && labels.route === 'unmatched' && labels.status === '404',
      )?.value ?? 0;
    const before = await unmatched();

    await http.get('/v1/nowhere-at-all');

    expect(await unmatched()).toBe(before + 1);
  });

  it('leaves the management port’s paths unanswered here: a probe sent to the wrong port fails', async () => {
    for (const probe of ['/health/ready', '/health/live', '/metrics']) {
      expect([probe, (await http.get(probe)).status]).toEqual([probe, 404]);
    }
  });

  it('answers other methods than GET and HEAD as before: 404', async () => {
    expect((await http.post('/applications/abc').send({})).status).toBe(404);
  });
});

describe('the portal, not built', () => {
  it('is not served, and the gateway starts all the same and says so once', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'pollen-no-portal-'));
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const { app, http } = await startControllers({ PORTAL_DIR: empty });
    try {
      const notServed = warn.mock.calls.filter(([message]) => /portal not served/.test(String(message)));
      expect(notServed).toEqual([[expect.stringContaining(`no index.html in ${empty}`)]]);
      const root = await http.get('/');
      expect(root.status).toBe(404);
      expect(root.headers['content-type']).toMatch(PROBLEM);
      expect((await http.get('/applications/abc')).status).toBe(404);
    } finally {
      warn.mockRestore();
      await app.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
