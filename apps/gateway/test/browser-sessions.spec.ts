import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { PROBLEM, signUp, startGateway } from './gateway.harness';

/** The gateway as a browser reaches it, and the headers of a request from its own pages. */
const HOST = 'pollen.test:3000';
const PORTAL = { Host: HOST, Origin: `http://${HOST}`, 'X-Pollen-Session': 'cookie' };
const COOKIE_ATTRIBUTES = 'Path=/v1/auth; HttpOnly; Secure; SameSite=Strict';

/** The value of the `pollen_refresh` cookie an answer sets. */
const refreshCookieOf = (response: request.Response): string => {
  const [setCookie] = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const match = /^pollen_refresh=([^;]*);/.exec(setCookie ?? '');
  if (!match) throw new Error(`no pollen_refresh cookie in ${JSON.stringify(response.headers)}`);
  return match[1];
};

/** The refresh token in the cookie mode: `Cookie` as the browser sends it back. */
const cookie = (token: string) => ({ Cookie: `theme=dark; pollen_refresh=${token}` });

describe('browser sessions: the refresh token in a cookie', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await startGateway({ PORTAL_ORIGINS: 'http://localhost:5173' });
    http = request(app.getHttpServer());
  });

  afterAll(() => app?.close());

  /** A new account signed in from the portal: the cookie's token. */
  async function portalLogIn(): Promise<string> {
    const { email, password } = await signUp(app);
    return refreshCookieOf(await http.post('/v1/auth/login').set(PORTAL).send({ email, password }).expect(200));
  }

  it('logs in with the refresh token in an HttpOnly, Secure, SameSite=Strict cookie for /v1/auth, and not in the body', async () => {
    const { email, password } = await signUp(app);

    const response = await http.post('/v1/auth/login').set(PORTAL).send({ email, password });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    // 30 days: REFRESH_TOKEN_TTL_DAYS, within SESSION_MAX_DAYS.
    expect(response.headers['set-cookie']).toEqual([
      expect.stringMatching(new RegExp(`^pollen_refresh=[A-Za-z0-9_-]{43}; Max-Age=2592000; ${COOKIE_ATTRIBUTES}$`)),
    ]);
    expect((await http.get('/v1/me').set('Authorization', `Bearer ${response.body.accessToken}`)).status).toBe(200);
  });

  it('refreshes from the cookie alone, with no body, and sets the next token in its place', async () => {
    const token = await portalLogIn();

    const refreshed = await http.post('/v1/auth/refresh').set(PORTAL).set(cookie(token));

    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    const next = refreshCookieOf(refreshed);
    expect(next).not.toBe(token);
    // An empty JSON body is no body too; and each token still works once.
    const again = await http.post('/v1/auth/refresh').set(PORTAL).set(cookie(next)).send({});
    expect(again.status).toBe(200);
    expect((await http.post('/v1/auth/refresh').set(PORTAL).set(cookie(next))).status).toBe(401);
  });

  it.each([
    ['another site’s Origin', { Origin: 'https://evil.example' }],
    ['another port’s Origin', { Origin: 'http://pollen.test:3001' }],
    ['no Origin', { Origin: '' }],
  ])('refuses a refresh by the cookie with %s: 403, and the token still works', async (_what, origin) => {
    const token = await portalLogIn();

    const refused = await http
      .post('/v1/auth/refresh')
      .set({ ...PORTAL, ...origin })
      .set(cookie(token));

    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(PROBLEM);
    expect(refused.body).toMatchObject({ status: 403, code: 'auth.origin-not-allowed' });
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect((await http.post('/v1/auth/refresh').set(PORTAL).set(cookie(token))).status).toBe(200);
  });

  it('refuses a log-in in the cookie mode from another origin before checking the password', async () => {
    const { email } = await signUp(app);
    const refused = await http
      .post('/v1/auth/login')
      .set({ ...PORTAL, Origin: 'https://evil.example' })
      .send({ email, password: 'not even the password' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.origin-not-allowed');
  });

  it('uses the cookie from an origin of PORTAL_ORIGINS (a development server proxying /v1)', async () => {
    const token = await portalLogIn();
    const fromDevServer = { ...PORTAL, Origin: 'http://localhost:5173' };
    expect((await http.post('/v1/auth/refresh').set(fromDevServer).set(cookie(token))).status).toBe(200);
  });

  it('answers 401 auth.session-ended to a refresh in the cookie mode without a cookie (it expired)', async () => {
    const response = await http.post('/v1/auth/refresh').set(PORTAL);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('auth.session-ended');
  });

  it('logs out: the session ends and the answer deletes the cookie', async () => {
    const token = await portalLogIn();

    const response = await http.post('/v1/auth/logout').set(PORTAL).set(cookie(token));

    expect(response.status).toBe(204);
    expect(response.headers['set-cookie']).toEqual([`pollen_refresh=; Max-Age=0; ${COOKIE_ATTRIBUTES}`]);
    expect((await http.post('/v1/auth/refresh').set(PORTAL).set(cookie(token))).status).toBe(401);
    // Without a cookie left, logging out again still answers 204 and deletes it.
    expect((await http.post('/v1/auth/logout').set(PORTAL)).status).toBe(204);
  });

  it('refuses a log-out by the cookie from another origin, and the session goes on', async () => {
    const token = await portalLogIn();
    const refused = await http
      .post('/v1/auth/logout')
      .set({ ...PORTAL, Origin: 'https://evil.example' })
      .set(cookie(token));
    expect(refused.status).toBe(403);
    expect((await http.post('/v1/auth/refresh').set(PORTAL).set(cookie(token))).status).toBe(200);
  });

  it('leaves the default mode as it was: the token in the body, a body without it refused with 400', async () => {
    const { refreshToken } = await signUp(app);
    const refreshed = await http.post('/v1/auth/refresh').send({ refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).toEqual(expect.any(String));
    expect(refreshed.headers['set-cookie']).toBeUndefined();
    for (const path of ['/v1/auth/refresh', '/v1/auth/logout']) {
      const missing = await http.post(path).send({});
      expect([path, missing.status, missing.body.code]).toEqual([path, 400, 'validation-failed']);
    }
  });
});

describe('browser sessions behind a trusted proxy', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await startGateway({ TRUSTED_PROXIES: '127.0.0.1,::1,::ffff:127.0.0.1' });
    http = request(app.getHttpServer());
  });

  afterAll(() => app?.close());

  it('takes its own origin from X-Forwarded-Proto and X-Forwarded-Host: the browser spoke HTTPS to the ingress', async () => {
    const { email, password } = await signUp(app);
    const ingress = {
      'X-Pollen-Session': 'cookie',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'pollen.example',
    };

    const logIn = await http
      .post('/v1/auth/login')
      .set({ ...ingress, Origin: 'https://pollen.example' })
      .send({ email, password });
    expect(logIn.status).toBe(200);

    const plain = await http
      .post('/v1/auth/refresh')
      .set({ ...ingress, Origin: 'http://pollen.example' })
      .set(cookie(refreshCookieOf(logIn)));
    expect(plain.status).toBe(403);
  });
});
