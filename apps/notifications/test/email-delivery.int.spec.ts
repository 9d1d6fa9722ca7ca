import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import {
  type Actor,
  type DeliveryFailurePageView,
  type EventDataOf,
  Events,
  type EventType,
  type RequestEnvelope,
  Topics,
} from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { eventually, KafkaProbe, Mailbox, requestEnvelope, testInfrastructure, uniqueName } from '@pollen/testing';
import type { Connection } from 'mongoose';

import { messageIdOf } from '../src/domain/delivery';
import { dedupeKeyOf } from '../src/domain/notification';
import { startNotifications } from './notifications-under-test';

const DOMAIN = 'pollen.int-test';
/** Retries within a test's patience: the defaults wait minutes. */
const ENV = {
  MAIL_POLL_MS: '200',
  MAIL_RETRY_BASE_MS: '300',
  MAIL_RETRY_MAX_MS: '1000',
  MAIL_MAX_ATTEMPTS: '20',
  MAIL_MESSAGE_ID_DOMAIN: DOMAIN,
};
const bare = (messageId: string) => messageId.replace(/^<|>$/g, '');

/** The e-mail side of notifications, against the real Kafka, database and SMTP server (Mailpit). */
describe('e-mail notifications through the real SMTP server', () => {
  const instance = uniqueName('test-gateway');
  const mailbox = new Mailbox(testInfrastructure().mailApiUrl);
  let app: INestApplication;
  let db: Connection;
  let probe: KafkaProbe;

  const publish = async <T extends EventType>(type: T, subject: string, data: EventDataOf<T>, version = 1) => {
    const event = newEvent(type, { subject, aggregateVersion: version, data });
    await probe.send(Events[type].topic.name, [{ key: subject, value: JSON.stringify(event) }]);
    return event;
  };
  const contact = (accountId: string, locale: 'fr' | 'en', version: number) =>
    publish(
      'account.contact-changed',
      accountId,
      { accountId, email: `${accountId}@example.org`, displayName: 'Léa Martin', locale, role: 'investor' },
      version,
    );
  const ask = <TResult>(envelope: RequestEnvelope) => probe.ask<TResult>(Topics.notificationRequests.name, envelope);
  const failures = (actor: Actor, data: object = {}) =>
    ask<DeliveryFailurePageView>(
      requestEnvelope({ type: 'notifications.list-failures', subject: uniqueName('read'), data, actor, instance }),
    );

  beforeAll(async () => {
    ({ app, db } = await startNotifications(ENV));
    probe = new KafkaProbe();
    await probe.listen([Topics.gatewayReplies.name, Topics.notificationEvents.name]);
  });

  afterAll(async () => {
    await mailbox.setSmtpFaults({}).catch(() => undefined);
    await probe?.close();
    await db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  it('welcomes a new account once, in its language, with the Message-ID of the event and recipient', async () => {
    const accountId = randomUUID();
    await contact(accountId, 'fr', 2);
    const registered = await publish('account.registered', accountId, {
      accountId,
      // An applicant: an investor account would become an investor in matching, which reads this topic too.
      role: 'applicant',
      locale: 'fr',
    });
    // The same event again, as after a rebalance: it is the same delivery.
    const [again] = await probe.send(Topics.accountEvents.name, [
      { key: accountId, value: JSON.stringify(registered) },
    ]);

    const deliveryId = dedupeKeyOf(registered.id, accountId, 'e-mail');
    const [mail] = await mailbox.waitFor(`to:${accountId}@example.org`);
    expect(mail.messageId).toBe(bare(messageIdOf(deliveryId, DOMAIN)));
    expect(mail.subject).toMatch(/Pollen/);
    const whole = await mailbox.get(mail.id);
    expect(whole.text).toContain('Léa Martin');
    expect(whole.html).toContain('<html');

    const sent = await probe.waitFor(
      (message) => message.topic === Topics.notificationEvents.name && message.key === deliveryId,
    );
    expect(JSON.parse(sent.value)).toMatchObject({
      type: 'notification.sent',
      data: { notificationId: deliveryId, kind: 'welcome', channel: 'e-mail', recipientId: accountId, attempts: 1 },
    });
    // No address or text on the topic: the delivery log names the account.
    expect(sent.value).not.toContain('@example.org');

    await probe.waitForGroupPast('notifications', Topics.accountEvents.name, again);
    expect(await mailbox.search(`to:${accountId}@example.org`)).toHaveLength(1);
    expect(await db.collection('deliveries').countDocuments({ recipientId: accountId })).toBe(1);
  });

  it('writes the next e-mail in the language the account chose since', async () => {
    const accountId = randomUUID();
    await contact(accountId, 'fr', 2);
    await contact(accountId, 'en', 3);
    // Older, redelivered: it changes nothing.
    await contact(accountId, 'fr', 2);
    await publish('investor.approved', accountId, { investorId: accountId, by: 'operator-1' }, 4);

    const [mail] = await mailbox.waitFor(`to:${accountId}@example.org`);
    expect(await db.collection('recipients').findOne({ _id: accountId as never })).toMatchObject({
      locale: 'en',
      version: 3,
    });
    expect((await mailbox.get(mail.id)).text).toMatch(/approved/i);
  });

  it('keeps mail the relay turns away, lists it for operators, and delivers it once the relay takes it', async () => {
    const accountId = randomUUID();
    await contact(accountId, 'fr', 2);
    await mailbox.setSmtpFaults({ recipient: { errorCode: 451 } });
    try {
      const rejected = await publish(
        'investor.rejected',
        accountId,
        { investorId: accountId, by: 'operator-1', reason: 'Thèse hors périmètre' },
        3,
      );
      const deliveryId = dedupeKeyOf(rejected.id, accountId, 'e-mail');
      const operator: Actor = { id: 'operator-1', roles: ['operator'] };
      const listed = await eventually(
        async () => {
          const reply = await failures(operator, { status: 'failed' });
          return reply.ok ? reply.result.items.find((item) => item.notificationId === deliveryId) : undefined;
        },
        { what: 'the failed delivery in the operators’ list', timeoutMs: 20_000 },
      );
      expect(listed).toMatchObject({
        kind: 'investor-rejected',
        channel: 'e-mail',
        recipientId: accountId,
        status: 'failed',
      });
      expect(listed.lastError).toContain('451');
      expect(listed.nextAttemptAt).not.toBeNull();
      expect(await failures({ id: accountId, roles: ['investor'] })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    } finally {
      await mailbox.setSmtpFaults({});
    }

    const [mail] = await mailbox.waitFor(`to:${accountId}@example.org`, { timeoutMs: 20_000 });
    expect((await mailbox.get(mail.id)).text).toContain('Thèse hors périmètre');
  });
});
