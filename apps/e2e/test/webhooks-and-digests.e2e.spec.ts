import path from 'node:path';

import type {
  DeliveryFailurePageView,
  InvestorView,
  WebhookBody,
  WebhookDeliveryPageView,
  WebhookListView,
  WebhookWithSecretView,
} from '@pollen/contracts';
import { eventually, Mailbox, testInfrastructure, TestResolver, uniqueName, WebhookReceiver } from '@pollen/testing';
import { Webhook } from 'standardwebhooks';

import { anInvestorProfile, FITTING_THESIS, json, Platform, PROBLEM, type Problem } from './platform';

/** The service under test may only reach this machine: a broken address guard fails, packet-free. */
const LOOPBACK_ONLY = path.resolve(__dirname, '../../../tools/testing/loopback-only.cjs');

/** Paris wall-clock time `HH:MM:SS`, `offsetMs` from now: what DIGEST_AT is written as. */
const parisClock = (offsetMs = 0) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(Date.now() + offsetMs));

/**
 * Webhooks and daily digests through the gateway: investors' systems receive their new matches,
 * signed (checked with an independent Standard Webhooks implementation), a failing endpoint is
 * retried then dead, a rotated secret signs beside the old one, and the address guard refuses what
 * would reach inside; an investor on daily alerts gets one digest e-mail, never two for a day.
 */
describe('webhooks and digests, end to end', () => {
  const mailbox = new Mailbox(testInfrastructure().mailApiUrl);
  let receiver: WebhookReceiver;
  let resolver: TestResolver;
  let platform: Platform;
  let operator: string;
  let programmeId: string;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    resolver = await TestResolver.start({ 'internal.pollen.test': ['10.1.2.3'] });
    platform = await Platform.start(['matching', 'notifications'], {
      notifications: {
        NODE_OPTIONS: `--require ${LOOPBACK_ONLY}`,
        WEBHOOK_ALLOWED_TARGETS: receiver.hostPort,
        WEBHOOK_DNS_SERVERS: resolver.address,
        WEBHOOK_MAX_ATTEMPTS: '3',
        WEBHOOK_RETRY_BASE_MS: '200',
        WEBHOOK_POLL_MS: '200',
        // Not due before the test moves it: the digest waits for the matches.
        DIGEST_AT: parisClock(12 * 60 * 60 * 1000),
        DIGEST_POLL_MS: '300',
      },
    });
    operator = await platform.operator();
    programmeId = (await platform.createProgramme(operator)).id;
  });

  afterAll(async () => {
    await platform?.stop();
    await Promise.all([receiver?.stop(), resolver?.stop()]);
  });

  const investor = async () => {
    const { token, email } = await platform.register('investor');
    const profiled = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token,
      headers: { 'If-Match': '*' },
      body: anInvestorProfile(FITTING_THESIS),
    });
    const { id } = await json<InvestorView>(profiled);
    expect((await platform.call(`/v1/ops/investors/${id}/approve`, { method: 'POST', token: operator })).status).toBe(
      200,
    );
    return { token, email, id };
  };
  const register = (token: string, url: string, events: string[] = ['deal-flow.match-proposed']) =>
    platform.call('/v1/webhooks', { method: 'POST', token, body: { url, events } });
  const registered = async (token: string, url: string) => {
    const response = await register(token, url);
    expect(response.status).toBe(201);
    return json<WebhookWithSecretView>(response);
  };
  const deliveriesOf = async (token: string, id: string) =>
    json<WebhookDeliveryPageView>(await platform.call(`/v1/webhooks/${id}/deliveries`, { token }));
  /** The call of `path` about the organisation `name`, once it came. */
  const callAbout = (path: string, name: string) =>
    eventually(
      async () =>
        receiver
          .received(path)
          .find(
            (call) => (JSON.parse(call.body) as WebhookBody<'deal-flow.match-proposed'>).data.organisation === name,
          ),
      { what: `the call of ${path} about ${name}`, timeoutMs: 30_000 },
    );
  const verify = (secret: string, call: { body: string; headers: Record<string, string | string[] | undefined> }) =>
    new Webhook(secret).verify(call.body, call.headers as Record<string, string>) as WebhookBody;

  it('lets investors and operators register endpoints, at most ten, and refuses any that would reach inside', async () => {
    const applicant = await platform.signUp();
    expect((await register(applicant, receiver.url('/deals'))).status).toBe(403);

    const { token } = await investor();
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://127.0.0.1:9/hook',
      'http://internal.pollen.test/hook',
      'http://[::ffff:127.0.0.1]:9/hook',
    ]) {
      const refused = await register(token, url);
      expect([url, refused.status]).toEqual([url, 400]);
      expect(refused.headers.get('content-type')).toMatch(PROBLEM);
      expect((await json<Problem>(refused)).code).toBe('webhook.url-refused');
    }
    expect((await register(token, receiver.url('/deals'), ['application.everything'])).status).toBe(400);

    const created = await register(token, receiver.url('/deals'));
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toContain('no-store');
    const endpoint = await json<WebhookWithSecretView>(created);
    expect(endpoint).toMatchObject({ status: 'active', events: ['deal-flow.match-proposed'] });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const spares = await Promise.all(
      Array.from({ length: 9 }, (_, i) => registered(token, receiver.url(`/spare-${i}`))),
    );
    const tooMany = await register(token, receiver.url('/one-too-many'));
    expect([tooMany.status, (await json<Problem>(tooMany)).code]).toEqual([409, 'webhook.too-many']);

    const listed = await json<WebhookListView>(await platform.call('/v1/webhooks', { token }));
    expect(listed.items).toHaveLength(10);
    expect(JSON.stringify(listed)).not.toContain('whsec_');
    const otherInvestor = await platform.signUp('investor');
    expect(
      (await platform.call(`/v1/webhooks/${endpoint.id}`, { method: 'DELETE', token: otherInvestor })).status,
    ).toBe(404);
    for (const spare of spares) {
      expect((await platform.call(`/v1/webhooks/${spare.id}`, { method: 'DELETE', token })).status).toBe(204);
    }
    expect((await json<WebhookListView>(await platform.call('/v1/webhooks', { token }))).items).toHaveLength(1);
    expect((await platform.call('/v1/webhooks', { token: operator })).status).toBe(200);
  });

  it('calls an investor’s endpoints for each new match, signed; retries a failing one until dead; follows no redirect; rotates', async () => {
    const { token } = await investor();
    // Paths of this investor's own: every approved investor of this file is matched with each application.
    const own = uniqueName('/hooks');
    const deals = await registered(token, receiver.url(`${own}/deals`));
    receiver.respondWith(`${own}/failing`, 500);
    const failing = await registered(token, receiver.url(`${own}/failing`));
    receiver.respondWith(`${own}/redirect`, { status: 302, location: 'http://10.0.0.1/' });
    const redirect = await registered(token, receiver.url(`${own}/redirect`));

    const name = uniqueName('Vélo Solidaire');
    await platform.submitted(await platform.signUp(), programmeId, name);
    const call = await callAbout(`${own}/deals`, name);
    const body = verify(deals.secret, call);
    expect(body).toMatchObject({ type: 'deal-flow.match-proposed', data: { organisation: name, instrument: 'grant' } });
    expect(body.data).toEqual(
      expect.objectContaining({
        matchId: expect.any(String),
        applicationId: expect.any(String),
        score: expect.any(Number),
      }),
    );
    // A public view: nobody's address or phone.
    expect(call.body).not.toMatch(/@|\+33/);
    expect(() =>
      new Webhook(`whsec_${Buffer.from('not the secret').toString('base64')}`).verify(
        call.body,
        call.headers as Record<string, string>,
      ),
    ).toThrow();

    // The failing endpoint: tried three times, then dead, for its owner and for operators.
    const dead = await eventually(
      async () => (await deliveriesOf(token, failing.id)).items.find((item) => item.status === 'dead'),
      { what: 'the failing endpoint’s call dead', timeoutMs: 30_000 },
    );
    expect(dead).toMatchObject({
      attempts: 3,
      type: 'deal-flow.match-proposed',
      lastError: expect.stringContaining('500'),
    });
    expect(receiver.received(`${own}/failing`).filter((c) => c.body.includes(name))).toHaveLength(3);
    const failures = await json<DeliveryFailurePageView>(
      await platform.call('/v1/ops/notifications/failures?status=dead&limit=100', { token: operator }),
    );
    expect(failures.items.find((item) => item.endpointId === failing.id)).toMatchObject({ channel: 'webhook' });
    // The redirect is a failure, and its target is never called.
    const redirected = await eventually(
      async () => (await deliveriesOf(token, redirect.id)).items.find((item) => item.lastError),
      { what: 'the redirected call recorded' },
    );
    expect(redirected.lastError).toMatch(/redirect not followed/i);

    // Rotation: both secrets sign the next call.
    const rotated = await platform.call(`/v1/webhooks/${deals.id}/rotate-secret`, { method: 'POST', token });
    expect(rotated.status).toBe(200);
    const renewed = await json<WebhookWithSecretView>(rotated);
    expect(renewed.secret).not.toBe(deals.secret);
    expect(renewed.previousSecretExpiresAt).toEqual(expect.any(String));
    const next = uniqueName('Ressourcerie');
    await platform.submitted(await platform.signUp(), programmeId, next);
    const afterRotation = await callAbout(`${own}/deals`, next);
    expect(verify(renewed.secret, afterRotation).type).toBe('deal-flow.match-proposed');
    expect(verify(deals.secret, afterRotation).type).toBe('deal-flow.match-proposed');
  });

  it('gathers a daily investor’s new matches into one digest e-mail, never sent twice for the day', async () => {
    const { token, email } = await investor();
    const daily = await platform.call('/v1/me/notification-preferences', {
      method: 'PUT',
      token,
      body: { categories: {}, dealFlowAlerts: 'daily' },
    });
    expect(daily.status).toBe(200);
    const names = [uniqueName('Tiers-Lieu'), uniqueName('Conserverie'), uniqueName('Garage Solidaire')];
    for (const name of names) await platform.submitted(await platform.signUp(), programmeId, name);
    // Each match is in the inbox at once, without an e-mail of its own.
    await eventually(
      async () => {
        // A page of 100: matches of applications other test files left on the broker may come first.
        const inbox = await json<{ items: { body: string }[] }>(
          await platform.call('/v1/me/notifications?limit=100', { token }),
        );
        return names.every((name) => inbox.items.some((item) => item.body.includes(name))) || undefined;
      },
      { what: 'the three matches in the inbox', timeoutMs: 30_000 },
    );
    const digests = async () =>
      (await mailbox.search(`to:${email}`)).filter((mail) => /thèse|thesis/.test(mail.subject));
    expect(await digests()).toEqual([]);

    // The digest time comes: one e-mail with every match; a restart sends no second one.
    const notifications = platform.service('notifications');
    await notifications.stop();
    // DIGEST_AT has whole seconds: a cutoff in the second the last entry was recorded would leave
    // it for tomorrow's digest, so the clock first moves past that second.
    await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 10));
    await notifications.restart({ DIGEST_AT: parisClock() });
    const [digest] = await mailbox.waitFor(
      (mail) => mail.to.includes(email) && mail.subject.startsWith('Votre récapitulatif'),
      { timeoutMs: 30_000 },
    );
    const mail = await mailbox.get(digest.id);
    for (const name of names) expect(mail.text).toContain(name);
    await notifications.stop();
    await notifications.restart();
    // Several passes of the digest clock after the restart (DIGEST_POLL_MS 300).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await digests()).toHaveLength(1);
  });
});
