import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { uniqueName } from '@pollen/testing';

import { json, Platform, PROBLEM, type Problem } from './platform';

const INDEX = '<!doctype html><title>Pollen</title><script type="module" src="/assets/index-e2e.js"></script>';

/**
 * The built gateway as the portal uses it: its page under `/` (a stand-in build, so this does not
 * depend on the portal's), and a session whose refresh token lives in a cookie, as a browser on
 * the gateway's origin keeps it.
 */
describe('the portal’s session, on the real gateway', () => {
  let platform: Platform;
  let portal: string;
  /** What a browser on the gateway's own pages sends with every POST. */
  let fromPortal: Record<string, string>;

  beforeAll(async () => {
    portal = mkdtempSync(path.join(tmpdir(), 'pollen-e2e-portal-'));
    mkdirSync(path.join(portal, 'assets'));
    writeFileSync(path.join(portal, 'index.html'), INDEX);
    writeFileSync(path.join(portal, 'assets', 'index-e2e.js'), 'export {};');
    platform = await Platform.start([], { gateway: { PORTAL_DIR: portal } });
    fromPortal = { Origin: platform.gateway.url, 'X-Pollen-Session': 'cookie' };
  });

  afterAll(async () => {
    await platform?.stop();
    rmSync(portal, { recursive: true, force: true });
  });

  /** The `pollen_refresh` cookie an answer sets: its value and its attributes. */
  const refreshCookieOf = (response: Response): { token: string; attributes: string } => {
    const [cookie] = response.headers.getSetCookie();
    const match = /^pollen_refresh=([^;]*); (.*)$/.exec(cookie ?? '');
    if (!match) throw new Error(`no pollen_refresh cookie: ${JSON.stringify(response.headers.getSetCookie())}`);
    return { token: match[1], attributes: match[2] };
  };

  const post = (route: string, headers: Record<string, string>, body?: unknown) =>
    platform.call(route, { method: 'POST', headers, body });

  it('serves the portal’s page under /, deep links included, and leaves /v1 to the API', async () => {
    for (const page of ['/', '/applications/some-id']) {
      const response = await platform.call(page);
      expect([page, response.status, await response.text()]).toEqual([page, 200, INDEX]);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self';style-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    const script = await platform.call('/assets/index-e2e.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const unknown = await platform.call('/v1/not-a-route');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(PROBLEM);
  });

  it('keeps the refresh token in an HttpOnly cookie from log-in to log-out, used from the gateway’s origin only', async () => {
    const email = `${uniqueName('portal')}@example.org`;
    const password = 'a long enough password';
    const registered = await post(
      '/v1/auth/register',
      {},
      {
        email,
        password,
        role: 'applicant',
        displayName: 'Léa Dubois',
        locale: 'fr',
      },
    );
    expect(registered.status).toBe(201);

    // Log in: the token goes to the cookie, not to the page's scripts.
    const loggedIn = await post('/v1/auth/login', fromPortal, { email, password });
    expect(loggedIn.status).toBe(200);
    const session = await json<Record<string, unknown>>(loggedIn);
    expect(Object.keys(session).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType']);
    const first = refreshCookieOf(loggedIn);
    expect(first.attributes).toBe('Max-Age=2592000; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict');
    const me = await platform.call('/v1/me', { token: String(session.accessToken) });
    expect(me.status).toBe(200);

    // Refresh with the cookie alone, as the portal does after a reload.
    const withCookie = (token: string) => ({ ...fromPortal, Cookie: `pollen_refresh=${token}` });
    const refreshed = await post('/v1/auth/refresh', withCookie(first.token));
    expect(refreshed.status).toBe(200);
    expect(await json<Record<string, unknown>>(refreshed)).not.toHaveProperty('refreshToken');
    const second = refreshCookieOf(refreshed);
    expect(second.token).not.toBe(first.token);

    // Another site's page cannot use it, even where the browser would send the cookie.
    const forged = await post('/v1/auth/refresh', { ...withCookie(second.token), Origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).toMatch(PROBLEM);
    expect((await json<Problem>(forged)).code).toBe('auth.origin-not-allowed');

    // Log out: the session ends and the browser drops the cookie.
    const loggedOut = await post('/v1/auth/logout', withCookie(second.token));
    expect(loggedOut.status).toBe(204);
    expect(loggedOut.headers.getSetCookie()).toEqual([
      'pollen_refresh=; Max-Age=0; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict',
    ]);
    const afterwards = await post('/v1/auth/refresh', withCookie(second.token));
    expect(afterwards.status).toBe(401);
    expect((await json<Problem>(afterwards)).code).toBe('auth.session-ended');
  });
});
