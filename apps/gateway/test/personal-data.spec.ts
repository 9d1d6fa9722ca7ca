import { createHash } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { ErasureTopics, Topics } from '@pollen/contracts';
import { eventually, KafkaProbe } from '@pollen/testing';
import type { Connection } from 'mongoose';
import request from 'supertest';

import { PROBLEM, signUp, startGateway } from './gateway.harness';

/** A person's data at the gateway, against the real Kafka and database (no other service runs here). */
describe('exporting and erasing your data, against the real Kafka and database', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let probe: KafkaProbe;

  beforeAll(async () => {
    // Nobody answers the export's requests here: each waits this long.
    app = await startGateway({ REQUEST_TIMEOUT_MS: '300' });
    http = request(app.getHttpServer());
    probe = new KafkaProbe();
    await probe.listen([Topics.accountEvents.name, Topics.accountContacts.name, ErasureTopics.gateway.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await app?.close();
  });

  const accounts = () => app.get<Connection>(getConnectionToken()).collection('accounts');

  it('erases an account: its old tokens are refused at once, its sessions end, and only a stub stays', async () => {
    const lea = await signUp(app);
    const camille = await signUp(app);
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

    const wrong = await http.post('/v1/me/erasure').set(bearer(lea.accessToken)).send({ password: 'not it' });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'auth.invalid-credentials']);
    expect((await http.get('/v1/me').set(bearer(lea.accessToken))).status).toBe(200);

    const accepted = await http.post('/v1/me/erasure').set(bearer(lea.accessToken)).send({ password: lea.password });
    expect(accepted.status).toBe(202);
    expect(accepted.headers['cache-control']).toBe('no-store');
    const { erasureId, receiptToken } = accepted.body as { erasureId: string; receiptToken: string };
    expect(receiptToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await http.get('/v1/me').set(bearer(lea.accessToken));
    expect([me.status, me.body.code]).toEqual([401, 'account.gone']);
    expect(me.headers['content-type']).toMatch(PROBLEM);
    const again = await http.post('/v1/me/erasure').set(bearer(lea.accessToken)).send({ password: lea.password });
    expect([again.status, again.body.code]).toEqual([401, 'account.gone']);
    expect((await http.post('/v1/auth/refresh').send({ refreshToken: lea.refreshToken })).status).toBe(401);
    const login = await http.post('/v1/auth/login').send({ email: lea.email, password: lea.password });
    expect([login.status, login.body.code]).toEqual([401, 'auth.invalid-credentials']);

    const receiptHash = createHash('sha256').update(receiptToken).digest('hex');
    const [requested] = await eventually(
      () => {
        const events = probe
          .eventsAbout(lea.id, Topics.accountEvents.name)
          .filter((event) => event.type === 'account.erasure-requested');
        return events.length > 0 && events;
      },
      { what: 'account.erasure-requested' },
    );
    expect(requested.data).toEqual({
      accountId: lea.id,
      erasureId,
      role: 'applicant',
      receiptHash,
      requestedAt: expect.any(String),
    });
    // The contact's tombstone, after its last contact: it names no one.
    await probe.waitFor(
      (message) =>
        message.topic === Topics.accountContacts.name && message.key === lea.id && !message.value.includes('@'),
    );
    // The gateway read its own announcement: the rest of what it held is gone, and it says so.
    const confirmed = await probe.waitFor(
      (message) => message.topic === ErasureTopics.gateway.name && message.key === erasureId,
    );
    expect(JSON.parse(confirmed.value)).toMatchObject({
      type: 'gateway.erasure-completed',
      data: { erasureId, service: 'gateway', kept: [] },
    });
    expect(JSON.stringify(JSON.parse(confirmed.value).data)).not.toContain(lea.email);
    const sessions = await app.get<Connection>(getConnectionToken()).collection('refresh_sessions').countDocuments({
      accountId: lea.id,
    });
    expect(sessions).toBe(0);

    // A second erased account: the stubs' placeholders do not collide on the e-mail's unique index.
    const second = await http
      .post('/v1/me/erasure')
      .set(bearer(camille.accessToken))
      .send({ password: camille.password });
    expect(second.status).toBe(202);
    const stubs = await accounts()
      .find({ _id: { $in: [lea.id, camille.id] } } as never, { projection: { outbox: 0, hasOutbox: 0 } })
      .toArray();
    expect(stubs).toHaveLength(2);
    for (const stub of stubs) {
      expect(Object.keys(stub).sort()).toEqual(
        ['_id', 'createdAt', 'email', 'erasedAt', 'erasureId', 'receiptHash', 'role', 'updatedAt', 'version'].sort(),
      );
      expect(stub.email).toBe(`erased|${String(stub._id)}`);
    }
    expect(JSON.stringify(stubs)).not.toContain(receiptToken);
    // The address is free again.
    const reused = await http
      .post('/v1/auth/register')
      .send({ email: lea.email, password: lea.password, role: 'investor', displayName: 'Léa', locale: 'fr' });
    expect(reused.status).toBe(201);
  });

  it('exports only to its owner, and fails naming a service that does not answer', async () => {
    const lea = await signUp(app);
    const camille = await signUp(app);

    const accepted = await http.post('/v1/me/exports').set('Authorization', `Bearer ${lea.accessToken}`);
    expect(accepted.status).toBe(202);
    const { exportId } = accepted.body as { exportId: string };
    expect(accepted.headers['location']).toBe(`/v1/me/exports/${exportId}`);

    const others = await http.get(`/v1/me/exports/${exportId}`).set('Authorization', `Bearer ${camille.accessToken}`);
    expect([others.status, others.body.code]).toEqual([404, 'export.not-found']);
    const failed = await eventually(
      async () => {
        const response = await http.get(`/v1/me/exports/${exportId}`).set('Authorization', `Bearer ${lea.accessToken}`);
        return response.body.status === 'failed' && response.body;
      },
      { what: 'the export failing', timeoutMs: 20_000 },
    );
    expect(failed).toMatchObject({ exportId, error: expect.stringMatching(/did not give its part/) });
    expect(failed.archive).toBeUndefined();
  });
});
