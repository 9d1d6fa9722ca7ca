import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { type EventEnvelope, Topics } from '@pollen/contracts';
import { eventually, KafkaProbe, uniqueName } from '@pollen/testing';
import type { Connection } from 'mongoose';
import request from 'supertest';

import { PROBLEM, signUp, startGateway } from './gateway.harness';

describe('your own account, against the real Kafka and database', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let probe: KafkaProbe;

  beforeAll(async () => {
    app = await startGateway();
    http = request(app.getHttpServer());
    probe = new KafkaProbe();
    await probe.listen([Topics.accountContacts.name, Topics.accountEvents.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await app?.close();
  });

  /** What the topic holds about an account, once it holds `count` of it. */
  const eventsOn = (topic: string, accountId: string, count: number): Promise<EventEnvelope[]> =>
    eventually(
      () => {
        const events = probe.eventsAbout(accountId, topic);
        return events.length >= count && events;
      },
      { what: `${count} events of ${accountId} on ${topic}` },
    );
  const versionsOf = (events: EventEnvelope[]) => events.map((event) => [event.type, event.aggregateVersion]);

  it('changes the name and the language: the newest contact has them, and the new locale is announced', async () => {
    const { accessToken, id, email } = await signUp(app);
    const mine = { Authorization: `Bearer ${accessToken}` };

    // Nothing to change: no write, no event.
    expect((await http.patch('/v1/me').set(mine)).status).toBe(200);
    expect((await http.patch('/v1/me').set(mine).send({ displayName: 'Camille Martin', locale: 'fr' })).status).toBe(
      200,
    );
    const changed = await http.patch('/v1/me').set(mine).send({ displayName: ' Camille Durand ', locale: 'en' });

    const view = { id, email, role: 'applicant', displayName: 'Camille Durand', locale: 'en' };
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject(view);
    expect((await http.get('/v1/me').set(mine)).body).toEqual(changed.body);

    const contacts = await eventsOn(Topics.accountContacts.name, id, 2);
    expect(versionsOf(contacts)).toEqual([
      ['account.contact-changed', 2],
      ['account.contact-changed', 4],
    ]);
    expect(contacts[1].data).toEqual({
      accountId: id,
      email,
      displayName: 'Camille Durand',
      locale: 'en',
      role: 'applicant',
    });
    const events = await eventsOn(Topics.accountEvents.name, id, 2);
    expect(versionsOf(events)).toEqual([
      ['account.registered', 1],
      ['account.locale-changed', 3],
    ]);
    expect(events[1].data).toEqual({ accountId: id, locale: 'en' });
  });

  it('refuses a blank name, an unknown language and an unknown field, listing each, and changes nothing', async () => {
    const { accessToken, id } = await signUp(app);
    const mine = { Authorization: `Bearer ${accessToken}` };

    const refused = await http.patch('/v1/me').set(mine).send({ displayName: '  ', locale: 'de', role: 'operator' });

    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(PROBLEM);
    expect(refused.body.code).toBe('validation-failed');
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'displayName',
      'locale',
      'role',
    ]);
    expect((await http.patch('/v1/me').send({ locale: 'en' })).status).toBe(401);
    expect((await http.get('/v1/me').set(mine)).body).toMatchObject({ displayName: 'Camille Martin', locale: 'fr' });
    expect(versionsOf(await eventsOn(Topics.accountContacts.name, id, 1))).toEqual([['account.contact-changed', 2]]);
  });

  it('answers a retry with the same Idempotency-Key with the first answer', async () => {
    const { accessToken } = await signUp(app);
    const key = uniqueName('key');
    const send = (displayName: string) =>
      http
        .patch('/v1/me')
        .set({ Authorization: `Bearer ${accessToken}`, 'Idempotency-Key': key })
        .send({ displayName });

    const first = await send('Camille D.');
    const again = await send('Camille D.');
    const other = await send('Camille E.');

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency.key-reused');
  });

  it('publishes at start the contact of each account registered before contacts were, once', async () => {
    const database = uniqueName('test-gateway');
    const accountId = randomUUID();
    const email = `${uniqueName('earlier')}@example.org`;
    // As the gateway stored an account before it published contacts.
    await app
      .get<Connection>(getConnectionToken())
      .useDb(database)
      .collection<{ _id: string } & Record<string, unknown>>('accounts')
      .insertOne({
        _id: accountId,
        email,
        passwordHash: 'not a hash',
        role: 'investor',
        displayName: 'Dominique Earlier',
        locale: 'en',
        version: 1,
        outbox: [],
        hasOutbox: false,
        createdAt: new Date(),
        updatedAt: new Date(),
      });

    const replicas = await Promise.all([0, 1].map(() => startGateway({ MONGODB_DATABASE: database })));
    try {
      const [contact] = await eventsOn(Topics.accountContacts.name, accountId, 1);
      expect(contact).toMatchObject({
        type: 'account.contact-changed',
        aggregateVersion: 2,
        data: { accountId, email, displayName: 'Dominique Earlier', locale: 'en', role: 'investor' },
      });
      const again = await startGateway({ MONGODB_DATABASE: database });
      await again.close();
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
    // The two replicas and the restart wrote it once: the compare-and-set let one write win (a
    // relay may still send that one event twice, which consumers deduplicate).
    const ids = probe.eventsAbout(accountId, Topics.accountContacts.name).map((event) => event.id);
    expect(new Set(ids).size).toBe(1);
  });
});
