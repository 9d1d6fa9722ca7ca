import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryDirectoryStore } from '../../../test/fakes/in-memory-directory.store';
import { RecordingMailer } from '../../../test/fakes/recording-mailer';
import { NotificationsConfig } from '../../config/notifications.config';
import { messageIdOf, newEmail } from '../../domain/delivery';
import type { Recipient } from '../../domain/directory';
import { PermanentRefusal, RelayUnavailable } from '../../mail/mailer';
import { DispatchEmails, withoutAddresses } from './dispatch-emails.usecase';

const T0 = new Date('2026-12-02T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const config = Object.assign(new NotificationsConfig(), {
  MAIL_MAX_ATTEMPTS: 3,
  MAIL_RETRY_BASE_MS: 1000,
  MAIL_RETRY_MAX_MS: 10_000,
  MAIL_ATTEMPT_LEASE_MS: 60_000,
  MAIL_RECIPIENT_WAIT_MS: 600_000,
  MAIL_POLL_MS: 5000,
  MAIL_MESSAGE_ID_DOMAIN: 'pollen.test',
});
const alice: Recipient = {
  id: 'alice',
  email: 'alice@example.org',
  displayName: 'Alice Martin',
  locale: 'fr',
  role: 'investor',
  version: 2,
};

describe('DispatchEmails', () => {
  let deliveries: InMemoryDeliveryStore;
  let directory: InMemoryDirectoryStore;
  let mailer: RecordingMailer;
  let sut: DispatchEmails;
  const welcome = newEmail(
    { eventId: 'evt-1', correlationId: 'corr-of-the-vetting', recipientId: 'alice' },
    { kind: 'investor-rejected', variables: { reason: 'Thèse hors du champ du programme' } },
    T0,
  );
  const stored = async () => {
    const found = await deliveries.findById(welcome.id);
    if (!found) throw new Error('the delivery is gone');
    return found;
  };
  const eventTypes = () => deliveries.events.map((event) => event.type);

  beforeEach(async () => {
    deliveries = new InMemoryDeliveryStore();
    directory = new InMemoryDirectoryStore();
    mailer = new RecordingMailer();
    sut = new DispatchEmails(deliveries, directory, mailer, config);
    await directory.saveRecipient(alice);
    await deliveries.add(welcome);
  });

  it('sends a due e-mail to the recipient, in their language, with the Message-ID of its dedupe key', async () => {
    await sut.runDue(T0);

    expect(mailer.sent).toHaveLength(1);
    const [mail] = mailer.sent;
    expect(mail.to).toEqual({ name: 'Alice Martin', address: 'alice@example.org' });
    expect(mail.messageId).toBe(messageIdOf(welcome.id, 'pollen.test'));
    expect(mail.text).toContain('Thèse hors du champ du programme');
    expect(await stored()).toMatchObject({ status: 'sent', attempts: 1, nextAttemptAt: null, locale: 'fr' });
    expect(eventTypes()).toEqual(['notification.sent']);
    expect(deliveries.events[0].data).toEqual({
      notificationId: welcome.id,
      kind: 'investor-rejected',
      channel: 'e-mail',
      recipientId: 'alice',
      attempts: 1,
    });

    await sut.runDue(at(60_000));
    expect(mailer.sent).toHaveLength(1);
  });

  it('records the outcome as a consequence of the event that called for the mail, in its correlation', async () => {
    await sut.runDue(T0);

    expect(deliveries.events[0]).toMatchObject({ causationId: 'evt-1', correlationId: 'corr-of-the-vetting' });
  });

  it('keeps mail the relay could not take, tries again after a doubling delay, and sends the same Message-ID', async () => {
    mailer.failWith = new RelayUnavailable('connect ECONNREFUSED 127.0.0.1:11025');
    await sut.runDue(T0);
    expect(await stored()).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: at(1000) });
    expect((await stored()).lastError).toContain('ECONNREFUSED');

    await sut.runDue(at(999));
    expect((await stored()).attempts).toBe(1);

    await sut.runDue(at(1000));
    expect(await stored()).toMatchObject({ status: 'failed', attempts: 2, nextAttemptAt: at(1000 + 2000) });

    mailer.failWith = undefined;
    await sut.runDue(at(3000));
    expect(await stored()).toMatchObject({ status: 'sent', attempts: 3 });
    expect(mailer.sent.map((mail) => mail.messageId)).toEqual([messageIdOf(welcome.id, 'pollen.test')]);
    expect(eventTypes()).toEqual(['notification.failed', 'notification.failed', 'notification.sent']);
  });

  it('never gives a mail up for want of a relay, however long it is away', async () => {
    mailer.failWith = new RelayUnavailable('Greeting never received');
    let at_ = 0;
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await sut.runDue(at(at_));
      at_ += 10_000;
    }
    expect(await stored()).toMatchObject({ status: 'failed', attempts: 6 });
    expect(eventTypes().every((type) => type === 'notification.failed')).toBe(true);
  });

  it('keeps a relay’s refusal without the address it quotes', async () => {
    mailer.failWith = new Error('451 4.2.0 <alice@example.org>: Recipient address rejected: try later');
    await sut.runDue(T0);
    expect((await stored()).lastError).toBe('451 4.2.0 <address>: Recipient address rejected: try later');
    expect(withoutAddresses('to bob@example.org and "x"@y.fr')).not.toMatch(/@/);
  });

  it('gives a mail up after its last attempt, or at once when the relay refuses it for good', async () => {
    mailer.failWith = new Error('451 try later');
    for (const ms of [0, 1000, 3000]) await sut.runDue(at(ms));
    expect(await stored()).toMatchObject({ status: 'dead', attempts: 3, nextAttemptAt: null });
    expect(eventTypes()).toEqual(['notification.failed', 'notification.failed', 'notification.dead']);

    const refused = newEmail({ eventId: 'evt-2', recipientId: 'alice' }, welcome.message, T0);
    await deliveries.add(refused);
    mailer.failWith = new PermanentRefusal('550 mailbox unavailable');
    await sut.runDue(at(10_000));
    expect(await deliveries.findById(refused.id)).toMatchObject({ status: 'dead', attempts: 1 });
  });

  it('waits for a recipient whose contact has not arrived, then gives the mail up without an attempt', async () => {
    const early = newEmail({ eventId: 'evt-3', recipientId: 'bob' }, welcome.message, T0);
    await deliveries.add(early);

    await sut.runDue(T0);
    expect(await deliveries.findById(early.id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at(5000),
    });

    await directory.saveRecipient({ ...alice, id: 'bob', email: 'bob@example.org', locale: 'en', version: 1 });
    await sut.runDue(at(5000));
    expect(await deliveries.findById(early.id)).toMatchObject({ status: 'sent', locale: 'en' });
    expect(mailer.sent.at(-1)?.to.address).toBe('bob@example.org');

    const orphan = newEmail({ eventId: 'evt-4', recipientId: 'nobody' }, welcome.message, T0);
    await deliveries.add(orphan);
    await sut.runDue(at(600_000));
    expect(await deliveries.findById(orphan.id)).toMatchObject({ status: 'dead', attempts: 0 });
    expect((await deliveries.findById(orphan.id))?.lastError).toMatch(/^recipient-unknown/);
  });

  it('leaves an attempt another replica is making, and counts it as failed once its lease ran out', async () => {
    await deliveries.claimAttempt(welcome.id, 1, T0);

    await sut.runDue(at(59_999));
    expect(mailer.sent).toHaveLength(0);
    expect((await stored()).attempts).toBe(0);

    await sut.runDue(at(60_000));
    expect(await stored()).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: at(61_000) });
    expect((await stored()).lastError).toMatch(/^interrupted/);

    await sut.runDue(at(61_000));
    expect(await stored()).toMatchObject({ status: 'sent', attempts: 2 });
    expect(mailer.sent[0].messageId).toBe(messageIdOf(welcome.id, 'pollen.test'));
  });

  it('writes each attempt in the language the recipient reads at that moment', async () => {
    mailer.failWith = new Error('421 busy');
    await sut.runDue(T0);
    const french = await stored();
    expect(french.locale).toBe('fr');

    await directory.saveRecipient({ ...alice, locale: 'en', version: 3 });
    mailer.failWith = undefined;
    await sut.runDue(at(1000));
    expect(await stored()).toMatchObject({ status: 'sent', locale: 'en' });
    expect(mailer.sent[0].subject).toBe((await stored()).subject);
    expect(mailer.sent[0].subject).not.toBe(french.subject);
  });
});
