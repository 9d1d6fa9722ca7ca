import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { RateLimitStore } from '../src/repositories/rate-limit.store';
import { PROBLEM, signUp, startGateway } from './gateway.harness';

/**
 * Issue 10, item 3: rate limits at their default values (5 log-ins a minute per account, 5
 * registrations an hour per address…), counted in the real database; a few limits lowered where the
 * default would take hundreds of requests to reach.
 */
describe('rate limits', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await startGateway({
      RATE_LIMIT_MULTIPLIER: '1',
      REQUESTS_PER_ACCOUNT_PER_MINUTE: '3',
      PUBLIC_READS_PER_IP_PER_MINUTE: '4',
      GATEWAY_REPLICAS: '2',
      REQUEST_TIMEOUT_MS: '200',
      TRUSTED_PROXIES: '127.0.0.1,::1,::ffff:127.0.0.1',
    });
    http = request(app.getHttpServer());
  });

  afterAll(() => app?.close());

  // Windows are fixed (one per minute): a test that began near a window's end would see its count
  // start again in the next one. Begin each test well inside a window.
  beforeEach(async () => {
    const leftMs = 60_000 - (Date.now() % 60_000);
    if (leftMs < 8000) await new Promise((resolve) => setTimeout(resolve, leftMs + 100));
  });

  /** Each test plays a client of its own address, through the trusted proxy. */
  let address = 0;
  const newAddress = () => `203.0.113.${++address}`;

  const expectLimited = (response: request.Response, limit: number) => {
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.code).toBe('request.rate-limited');
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(response.headers['ratelimit-limit']).toBe(String(limit));
    expect(response.headers['ratelimit-remaining']).toBe('0');
  };

  it('allows 5 log-ins a minute per account, from any address, then answers 429 with Retry-After', async () => {
    const login = (ip: string) =>
      http
        .post('/v1/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: 'Camille@Example.org', password: 'not the password' });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await login(newAddress())).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expectLimited(await login(newAddress()), 5);
  });

  it('counts concurrent requests exactly: 20 log-ins at once for one account, 5 get through', async () => {
    const email = 'concurrent@example.org';
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        http.post('/v1/auth/login').set('X-Forwarded-For', newAddress()).send({ email, password: 'wrong password' }),
      ),
    );
    expect(responses.filter((response) => response.status === 401)).toHaveLength(5);
    expect(responses.filter((response) => response.status === 429)).toHaveLength(15);
  });

  it('allows 5 registrations an hour per address, the address a trusted proxy gives', async () => {
    const ip = newAddress();
    const register = (n: number, from = ip) =>
      http
        .post('/v1/auth/register')
        .set('X-Forwarded-For', from)
        .send({
          email: `rate-${ip}-${n}@example.org`,
          password: 'correct horse battery',
          role: 'applicant',
          displayName: 'A',
          locale: 'fr',
        });
    for (let n = 0; n < 5; n += 1) await register(n).expect(201);
    expectLimited(await register(5), 5);
    await register(6, newAddress()).expect(201);
  });

  it('limits signed-in requests per account, not per address: a colleague behind the same NAT is not limited', async () => {
    const ip = newAddress();
    const camille = await signUp(app);
    const dominique = await signUp(app);
    const me = (token: string) => http.get('/v1/me').set('X-Forwarded-For', ip).set('Authorization', `Bearer ${token}`);
    for (let i = 0; i < 3; i += 1) {
      const response = await me(camille.accessToken).expect(200);
      expect(response.headers['ratelimit-remaining']).toBe(String(2 - i));
    }
    expectLimited(await me(camille.accessToken), 3);
    await me(dominique.accessToken).expect(200);
  });

  it('counts public reads in memory, each replica its share of the limit', async () => {
    const ip = newAddress();
    const read = () => http.get('/v1/programmes').set('X-Forwarded-For', ip);
    // No applications service runs here: the reads that get through wait for their deadline (503).
    expect((await read()).status).toBe(503);
    expect((await read()).status).toBe(503);
    expectLimited(await read(), 2); // 4 a minute across 2 replicas
  });

  it('forgets windows two periods old', async () => {
    const store = app.get(RateLimitStore);
    // The windows counted above are current: nothing of them goes now.
    expect(await store.sweep(new Date())).toBe(0);
    const swept = await store.sweep(new Date(Date.now() + 3 * 60 * 60 * 1000));
    expect(swept).toBeGreaterThan(0);
  });
});
