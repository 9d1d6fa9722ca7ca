import type { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Topics } from '@pollen/contracts';
import { KafkaProbe, uniqueName } from '@pollen/testing';
import request from 'supertest';

import { TokenIssuer } from '../src/auth/token-issuer';
import { LOCAL_DEFAULTS } from '../src/config/gateway.config';
import { SessionRepository } from '../src/repositories/session.repository';
import { REFRESH_SESSION_MODEL } from '../src/schemas/refresh-session.schema';
import { REFRESH_TOKEN_USE_MODEL } from '../src/schemas/refresh-token-use.schema';
import { PROBLEM, signUp, startGateway } from './gateway.harness';

/** Paths anyone may call without a token (as documented in the OpenAPI). */
const PUBLIC_OPERATIONS = new Set([
  'POST /v1/auth/register',
  'POST /v1/auth/login',
  'POST /v1/auth/refresh',
  'POST /v1/auth/logout',
  'GET /v1/programmes',
  'GET /v1/programmes/{id}',
]);

describe('accounts and authentication', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let probe: KafkaProbe;

  beforeAll(async () => {
    app = await startGateway();
    http = request(app.getHttpServer());
    probe = new KafkaProbe();
    await probe.listen([Topics.accountEvents.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await app?.close();
  });

  describe('registering', () => {
    it('creates an applicant account and announces it with account.registered, without the e-mail', async () => {
      const email = `${uniqueName('camille')}@Example.org`;
      const response = await http
        .post('/v1/auth/register')
        .send({ email, password: 'a long enough secret', role: 'applicant', displayName: 'Camille', locale: 'fr' });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        email: email.toLowerCase(),
        role: 'applicant',
        displayName: 'Camille',
        locale: 'fr',
      });
      expect(response.body).not.toHaveProperty('passwordHash');
      const event = JSON.parse((await probe.waitFor((m) => m.key === response.body.id)).value);
      expect(event).toMatchObject({
        type: 'account.registered',
        source: 'gateway',
        subject: response.body.id,
        data: { accountId: response.body.id, role: 'applicant', locale: 'fr' },
      });
      expect(JSON.stringify(event)).not.toContain(email.toLowerCase());
    });

    it('refuses a second account for the same e-mail, whatever its case, with 409', async () => {
      const email = `${uniqueName('dup')}@example.org`;
      const body = {
        email,
        password: 'a long enough secret',
        role: 'investor',
        displayName: 'Dominique',
        locale: 'en',
      };
      await http.post('/v1/auth/register').send(body).expect(201);
      const again = await http.post('/v1/auth/register').send({ ...body, email: email.toUpperCase() });
      expect(again.status).toBe(409);
      expect(again.headers['content-type']).toMatch(PROBLEM);
    });

    it('refuses a weak password, an unknown role and a self-made operator, listing each field', async () => {
      const response = await http
        .post('/v1/auth/register')
        .send({ email: 'not-an-email', password: 'short', role: 'operator', displayName: '', locale: 'de' });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'displayName',
        'email',
        'locale',
        'password',
        'role',
      ]);
    });
  });

  describe('sessions', () => {
    it('logs in, shows the account on /v1/me, and refuses /v1/me without a token', async () => {
      const { accessToken, email, id } = await signUp(app);
      const me = await http.get('/v1/me').set('Authorization', `Bearer ${accessToken}`);
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id, email, role: 'applicant' });
      expect((await http.get('/v1/me')).status).toBe(401);
      expect((await http.get('/v1/me').set('Authorization', 'Bearer forged.token.value')).status).toBe(401);
    });

    it('says the same thing for an unknown e-mail and a wrong password', async () => {
      const { email } = await signUp(app);
      const wrongPassword = await http.post('/v1/auth/login').send({ email, password: 'not the password' });
      const unknownEmail = await http
        .post('/v1/auth/login')
        .send({ email: `nobody-${email}`, password: 'not the password' });
      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(wrongPassword.body.detail).toBe(unknownEmail.body.detail);
    });

    it('rotates refresh tokens, and a reused one ends the whole session', async () => {
      const { refreshToken } = await signUp(app);
      const refreshed = await http.post('/v1/auth/refresh').send({ refreshToken });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      expect(refreshed.body.refreshToken).not.toBe(refreshToken);

      const replayed = await http.post('/v1/auth/refresh').send({ refreshToken });
      expect(replayed.status).toBe(401);
      // The thief's replay also revoked the token the legitimate holder got.
      expect((await http.post('/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken })).status).toBe(
        401,
      );
    });

    it('lets one of several refreshes of one token at once win, then refuses every token of the session', async () => {
      const { refreshToken } = await signUp(app);
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => http.post('/v1/auth/refresh').send({ refreshToken })),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401, 401, 401, 401]);
      const winner = answers.find((answer) => answer.status === 200)?.body.refreshToken;
      expect((await http.post('/v1/auth/refresh').send({ refreshToken: winner })).status).toBe(401);
    });

    it('records a token’s one use on the database itself, whichever replica asks', async () => {
      const replicas = [0, 1].map(
        () =>
          new SessionRepository(
            app.get(getModelToken(REFRESH_SESSION_MODEL)),
            app.get(getModelToken(REFRESH_TOKEN_USE_MODEL)),
          ),
      );
      const { refreshToken } = await signUp(app);
      const session = await replicas[0].findByHash(TokenIssuer.hashOf(refreshToken));
      if (!session) throw new Error('the log-in stored no refresh token');

      const uses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => replicas[i % 2].markUsed(session, new Date())),
      );

      expect(uses.filter(Boolean)).toHaveLength(1);
    });

    it('ends the session on logout', async () => {
      const { refreshToken } = await signUp(app);
      expect((await http.post('/v1/auth/logout').send({ refreshToken })).status).toBe(204);
      expect((await http.post('/v1/auth/refresh').send({ refreshToken })).status).toBe(401);
    });
  });

  describe('operators', () => {
    it('has the operator seeded at start from the configuration, and only once', async () => {
      const session = await http
        .post('/v1/auth/login')
        .send({ email: LOCAL_DEFAULTS.POLLEN_OPERATOR_EMAIL, password: LOCAL_DEFAULTS.POLLEN_OPERATOR_PASSWORD });
      expect(session.status).toBe(200);
      const me = await http.get('/v1/me').set('Authorization', `Bearer ${session.body.accessToken}`);
      expect(me.body.role).toBe('operator');
    });
  });

  describe('deny by default', () => {
    it('answers 401 to every documented operation without a token, except the public ones', async () => {
      const document = (await http.get('/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
      const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => ({
          method,
          path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
          key: `${method.toUpperCase()} ${path}`,
        })),
      );
      expect(operations.length).toBeGreaterThan(5);
      for (const { method, path, key } of operations) {
        const response = await (http as unknown as Record<string, (p: string) => request.Test>)[method](path).send({});
        if (PUBLIC_OPERATIONS.has(key)) {
          expect([key, response.status]).not.toEqual([key, 401]);
        } else {
          expect([key, response.status]).toEqual([key, 401]);
          expect(response.headers['content-type']).toMatch(PROBLEM);
        }
      }
    });

    it('answers 403 to a role the route does not allow', async () => {
      const investor = await signUp(app, 'investor');
      const response = await http
        .post('/v1/applications')
        .set('Authorization', `Bearer ${investor.accessToken}`)
        .send({ programmeId: 'p', organisation: { name: 'x', siren: '732829320' } });
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });
  });
});
