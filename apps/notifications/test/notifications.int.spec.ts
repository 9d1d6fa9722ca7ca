import type { INestApplication } from '@nestjs/common';
import {
  type Actor,
  deadLetterTopicOf,
  ErasureTopics,
  type EventEnvelope,
  Headers,
  type Locale,
  type NotificationListView,
  type RequestEnvelope,
  Topics,
} from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { eventually, expectHealthAndMetrics, KafkaProbe, requestEnvelope, uniqueName } from '@pollen/testing';
import { applicationDrafted } from '@pollen/testing';
import type { Connection } from 'mongoose';

import type { Notification } from '../src/domain/notification';
import { startNotifications } from './notifications-under-test';

// Every event this test sends goes to one partition: the service handles a partition in order, so
// once the last event's notification is there, every earlier event has been handled.
const PARTITION = 0;

interface NotificationDocument extends Omit<Notification, 'id'> {
  _id: string;
}

describe('notifications against the real Kafka and database', () => {
  const instance = uniqueName('test-gateway');
  const dlt = deadLetterTopicOf(Topics.notificationRequests, 'notifications').name;
  let app: INestApplication;
  let db: Connection;
  let probe: KafkaProbe;

  const sendEvents = (...events: EventEnvelope[]) =>
    probe.send(
      Topics.applicationEvents.name,
      events.map((event) => ({ key: event.subject, value: JSON.stringify(event), partition: PARTITION })),
    );
  const notifications = () => db.collection<NotificationDocument>('notifications');
  const inboxOf = (recipientId: string) => notifications().find({ recipientId }).toArray();
  const notifiedOf = (event: EventEnvelope) =>
    eventually(async () => (await notifications().findOne({ sourceEventId: event.id })) ?? undefined, {
      what: `the notification of ${event.id}`,
      // The group is shared with the earlier projects' tests on the same broker: their events, whose
      // facts never come here, are retried before being set aside, and may hold a partition a while.
      timeoutMs: 60_000,
    });
  const ask = <TResult>(envelope: RequestEnvelope) => probe.ask<TResult>(Topics.notificationRequests.name, envelope);
  const listMine = (actor: Actor, locale: Locale) =>
    ask<NotificationListView>(
      requestEnvelope({ type: 'notifications.list-mine', subject: actor.id, data: {}, actor, instance, locale }),
    );

  beforeAll(async () => {
    ({ app, db } = await startNotifications());
    probe = new KafkaProbe();
    await probe.listen([Topics.gatewayReplies.name, dlt, ErasureTopics.notifications.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  it('serves liveness, readiness and metrics', () => expectHealthAndMetrics(app, 'pollen_notifications_created_total'));

  it('reads the requests it answers and the events it follows in two consumer groups', async () => {
    // A backlog of events, or a partition waiting for the database, never holds up a request.
    await eventually(async () => (await probe.topicsOfGroup('notifications-requests')).length > 0, {
      what: 'the request group to have its partitions',
    });
    expect(await probe.topicsOfGroup('notifications-requests')).toEqual([Topics.notificationRequests.name]);
    // …and, like every event consumer, the replays operators ask for (ADR 0012).
    const followed = Object.values(Topics).filter(
      (topic) => topic.kind === 'events' && (topic.consumers as readonly string[]).includes('notifications'),
    );
    expect(followed.map((topic) => topic.name)).toEqual(
      expect.arrayContaining([Topics.applicationEvents.name, Topics.matchEvents.name, Topics.replayRequests.name]),
    );
    expect(await probe.topicsOfGroup('notifications')).toEqual(followed.map((topic) => topic.name).sort());
  });

  it('notifies the owner of a draft once, in French and English, however often the event comes', async () => {
    const drafted = applicationDrafted({ data: { organisation: { name: 'La Cyclofficine', siren: '732829320' } } });
    const ownerId = drafted.data.ownerId;
    const submitted = {
      ...applicationDrafted({ applicationId: drafted.subject, aggregateVersion: 2, data: { ownerId } }),
      type: 'application.submitted',
    };
    const last = applicationDrafted();

    await sendEvents(drafted, drafted, submitted, last);

    await notifiedOf(last);
    const inbox = await inboxOf(ownerId);
    expect(inbox).toEqual([
      {
        _id: `${drafted.id}:${ownerId}:in-app`,
        recipientId: ownerId,
        channel: 'in-app',
        category: 'application',
        critical: false,
        title: { fr: 'Brouillon enregistré', en: 'Draft saved' },
        body: {
          fr: 'Votre candidature pour «\u00a0La Cyclofficine\u00a0» est enregistrée en brouillon.',
          en: 'Your application for “La Cyclofficine” is saved as a draft.',
        },
        status: 'unread',
        subject: drafted.subject,
        sourceEventId: drafted.id,
        createdAt: expect.any(Date),
      },
    ]);
  });

  it('answers notifications.list-mine with the caller’s own inbox, newest first, in the caller’s language', async () => {
    const first = applicationDrafted({ data: { organisation: { name: 'Alpha', siren: '732829320' } } });
    const ownerId = first.data.ownerId;
    const second = applicationDrafted({ data: { ownerId, organisation: { name: 'Beta', siren: '552100554' } } });
    const someoneElse = applicationDrafted({ data: { organisation: { name: 'Gamma', siren: '123456782' } } });
    const owner: Actor = { id: ownerId, roles: ['applicant'] };

    // One after the other, so their creation times differ.
    await sendEvents(first);
    await notifiedOf(first);
    await sendEvents(second, someoneElse);
    await notifiedOf(someoneElse);

    const english = await listMine(owner, 'en');
    expect(english.ok).toBe(true);
    if (!english.ok) return;
    expect(english.result.items.map((item) => item.body)).toEqual([
      'Your application for “Beta” is saved as a draft.',
      'Your application for “Alpha” is saved as a draft.',
    ]);
    expect(english.result.items[0]).toMatchObject({ title: 'Draft saved', status: 'unread', subject: second.subject });

    const french = await listMine(owner, 'fr');
    expect(french.ok && french.result.items.map((item) => item.title)).toEqual([
      'Brouillon enregistré',
      'Brouillon enregistré',
    ]);

    const stranger = await listMine({ id: uniqueName('acc-stranger'), roles: ['applicant'] }, 'en');
    expect(stranger).toMatchObject({ ok: true, result: { items: [] } });
  });

  it('dead-letters a request type it does not answer, and still answers the caller', async () => {
    const actor: Actor = { id: uniqueName('acc'), roles: ['applicant'] };
    // A type no service answers (an older gateway's, say): the compiler knows every real one.
    const envelope = requestEnvelope({
      type: 'notifications.no-such-request' as 'notifications.mark-all-read',
      subject: actor.id,
      data: {},
      actor,
      instance,
    });

    const reply = await ask(envelope);

    expect(reply).toMatchObject({ ok: false, requestId: envelope.id, error: { code: 'internal' } });
    const deadLetter = await probe.waitFor((message) => message.topic === dlt && message.key === actor.id);
    expect(deadLetter.headers[Headers.dltReason]).toBe('unknown-type');
    expect(deadLetter.headers[Headers.dltGroup]).toBe('notifications');
  });
  it('erases an account: its records go, what others were told of it is anonymised, and it confirms once', async () => {
    const accountId = uniqueName('erased');
    const investorId = uniqueName('investor');
    const erasureId = uniqueName('erasure');
    const at = new Date();
    const item = (
      id: string,
      recipientId: string,
      extra: Partial<NotificationDocument> = {},
    ): NotificationDocument => ({
      _id: id,
      recipientId,
      channel: 'in-app',
      category: 'introduction',
      critical: true,
      title: { fr: 'Mise en relation avec Atelier', en: 'Introduction to Atelier' },
      body: { fr: 'Léa Dubois', en: 'Léa Dubois' },
      status: 'unread',
      subject: uniqueName('match'),
      sourceEventId: uniqueName('event'),
      createdAt: at,
      ...extra,
    });
    await notifications().insertMany([
      item(`${accountId}-own`, accountId),
      item(`${accountId}-told`, investorId, { mentions: [accountId] }),
    ]);
    const delivery = (id: string, recipientId: string, extra: object = {}) => ({
      _id: id,
      version: 0,
      kind: 'welcome',
      channel: 'e-mail',
      recipientId,
      message: { kind: 'welcome', variables: { role: 'applicant' } },
      sourceEventId: uniqueName('event'),
      status: 'sent',
      attempts: 1,
      nextAttemptAt: null,
      subject: 'Bienvenue',
      createdAt: at,
      ...extra,
    });
    await db.collection('deliveries').insertMany([
      delivery(`${accountId}-mail`, accountId),
      delivery(`${accountId}-pending`, investorId, {
        kind: 'introduction-made',
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(at.getTime() + 3_600_000),
        mentions: [accountId],
        message: {
          kind: 'introduction-made',
          variables: {
            matchId: 'm',
            applicationId: 'a',
            project: 'Ateliers',
            side: 'investor',
            counterpart: { organisation: 'Atelier', name: 'Léa Dubois', email: 'lea@example.org', phone: null },
          },
        },
      }),
    ] as never[]);
    await db
      .collection('delivery_attempts')
      .insertOne({ _id: `${accountId}-mail#1`, deliveryId: `${accountId}-mail`, startedAt: at } as never);
    await db.collection('recipients').insertOne({
      _id: accountId,
      email: 'lea@example.org',
      displayName: 'Léa Dubois',
      locale: 'fr',
      role: 'applicant',
      version: 1,
    } as never);
    await db
      .collection('notification_preferences')
      .insertOne({ _id: accountId, categories: {}, dealFlowAlerts: 'immediate' } as never);
    const event = newEvent('account.erasure-requested', {
      subject: accountId,
      aggregateVersion: 3,
      data: { accountId, erasureId, role: 'applicant', receiptHash: 'd'.repeat(64), requestedAt: at.toISOString() },
    });

    const deliver = () => probe.send(Topics.accountEvents.name, [{ key: accountId, value: JSON.stringify(event) }]);
    await deliver();
    const [again] = await deliver();
    const confirmation = await probe.waitFor(
      (message) => message.topic === ErasureTopics.notifications.name && message.key === erasureId,
    );
    await probe.waitForGroupPast('notifications', Topics.accountEvents.name, again);

    expect(JSON.parse(confirmation.value)).toMatchObject({
      type: 'notifications.erasure-completed',
      data: { erasureId, service: 'notifications', kept: [] },
    });
    expect(confirmation.value).not.toContain('Léa');
    expect(await inboxOf(accountId)).toEqual([]);
    expect(await db.collection('deliveries').countDocuments({ recipientId: accountId })).toBe(0);
    expect(await db.collection('delivery_attempts').countDocuments({ deliveryId: `${accountId}-mail` })).toBe(0);
    expect(await db.collection('recipients').countDocuments({ _id: accountId as never })).toBe(0);
    expect(await db.collection('notification_preferences').countDocuments({ _id: accountId as never })).toBe(0);
    const [told] = await inboxOf(investorId);
    expect(JSON.stringify(told)).not.toContain('Léa');
    const pending = await db.collection('deliveries').findOne({ _id: `${accountId}-pending` as never });
    expect(pending).toMatchObject({ status: 'dead', nextAttemptAt: null });
    expect(JSON.stringify(pending)).not.toMatch(/Léa|lea@example/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const confirmations = probe.received.filter(
      (message) => message.topic === ErasureTopics.notifications.name && message.key === erasureId,
    );
    expect(confirmations).toHaveLength(1);
  });
});
