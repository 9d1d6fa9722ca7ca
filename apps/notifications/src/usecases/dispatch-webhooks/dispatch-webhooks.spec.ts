import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { eventually, RecordingErasureLog, WebhookReceiver } from '@pollen/testing';
import { Webhook } from 'standardwebhooks';

import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryDigestStore } from '../../../test/fakes/in-memory-digest.store';
import { InMemoryNotificationStore } from '../../../test/fakes/in-memory-notification.store';
import { InMemoryPreferencesStore } from '../../../test/fakes/in-memory-preferences.store';
import { InMemoryWebhookEndpointStore } from '../../../test/fakes/in-memory-webhook-endpoint.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { NewDeliveries } from '../../delivery/new-deliveries';
import { type Delivery, newWebhookCall } from '../../domain/delivery';
import { newEndpoint, rotated, type WebhookEndpoint, webhookIdOf } from '../../domain/webhook-endpoint';
import { newWebhookSecret } from '../../webhooks/transport/standard-webhooks';
import { WebhookSecrets } from '../../webhooks/webhook-secrets';
import { WebhookTargets } from '../../webhooks/webhook-targets';
import { Notify } from '../notify/notify.usecase';
import { TellAboutWebhook } from '../tell-about-webhook/tell-about-webhook.usecase';
import { DispatchWebhooks } from './dispatch-webhooks.usecase';

const OWNER = 'inv-1';
const MAX_ATTEMPTS = 3;
const RETRY_BASE_MS = 1000;
const DISABLE_AFTER_MS = 60 * 60 * 1000;
const SLOW_ANSWER_MS = 2000;
const HOUR_LATER = () => new Date(Date.now() + 60 * 60 * 1000);
const data = { documentId: 'doc-1', title: 'Pacte d’associés', applicationId: 'app-1' };

/** An endpoint of our own that answers 204 after SLOW_ANSWER_MS, counting what it received. */
class SlowReceiver {
  received = 0;
  private readonly server: Server = createServer((request, response) => this.receive(request.resume(), response));
  private readonly timers = new Set<NodeJS.Timeout>();

  static async start(): Promise<SlowReceiver> {
    const receiver = new SlowReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get hostPort(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(request: NodeJS.ReadableStream, response: ServerResponse): void {
    request.on('end', () => {
      this.received += 1;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        response.writeHead(204).end();
      }, SLOW_ANSWER_MS);
      this.timers.add(timer);
    });
  }
}

/** The three Standard Webhooks headers as the receiver got them, for the specification's own library. */
const signatureOf = (headers: IncomingHttpHeaders): Record<string, string> => ({
  'webhook-id': String(headers['webhook-id']),
  'webhook-timestamp': String(headers['webhook-timestamp']),
  'webhook-signature': String(headers['webhook-signature']),
});

describe('DispatchWebhooks', () => {
  let receiver: WebhookReceiver;
  let slow: SlowReceiver;
  let config: NotificationsConfig;
  let secrets: WebhookSecrets;
  let targets: WebhookTargets;
  let deliveries: InMemoryDeliveryStore;
  let endpoints: InMemoryWebhookEndpointStore;
  let tell: TellAboutWebhook;
  let sut: DispatchWebhooks;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    slow = await SlowReceiver.start();
    config = Object.assign(new NotificationsConfig(), {
      NODE_ENV: 'test' as const,
      WEBHOOK_ALLOWED_TARGETS: [receiver.hostPort, slow.hostPort],
      WEBHOOK_DNS_SERVERS: [],
      WEBHOOK_TIMEOUT_MS: 5000,
      WEBHOOK_MAX_ATTEMPTS: MAX_ATTEMPTS,
      WEBHOOK_RETRY_BASE_MS: RETRY_BASE_MS,
      WEBHOOK_DISABLE_AFTER_MS: DISABLE_AFTER_MS,
    });
    secrets = new WebhookSecrets(config);
    targets = new WebhookTargets(config);
  });

  afterAll(async () => {
    await receiver.stop();
    await slow.stop();
  });

  beforeEach(() => {
    deliveries = new InMemoryDeliveryStore();
    endpoints = new InMemoryWebhookEndpointStore();
    // The owner is told as any notice is: through Notify, into the same delivery store.
    const notify = new Notify(
      new InMemoryPreferencesStore(),
      new InMemoryNotificationStore(),
      deliveries,
      new InMemoryDigestStore(),
      endpoints,
      new NewDeliveries(),
      config,
      new RecordingErasureLog(),
    );
    tell = new TellAboutWebhook(notify);
    jest.spyOn(tell, 'disabled');
    sut = new DispatchWebhooks(deliveries, endpoints, targets, secrets, tell, config);
  });

  afterEach(() => sut.callsUnderWay());

  /** An active endpoint of OWNER at `url`, signing with `secret`. */
  const register = async (id: string, url: string, secret = newWebhookSecret()) => {
    await endpoints.add(
      newEndpoint(
        { id, ownerId: OWNER, ownerRole: 'investor', url, events: ['document.signed'] },
        secrets.seal(secret),
        new Date(),
      ),
    );
    return secret;
  };
  /** A `document.signed` call of `endpointId`, due now. */
  const queue = async (endpointId: string, eventId = 'evt-1'): Promise<Delivery> => {
    const call = newWebhookCall(
      { eventId, ownerId: OWNER, applicationId: 'app-1' },
      { kind: 'document-signed', variables: data },
      { endpointId, body: { type: 'document.signed', timestamp: '2026-12-02T09:00:00.000Z', data } },
      new Date(),
    );
    await deliveries.add(call);
    return call;
  };
  const stored = async (id: string): Promise<Delivery> => {
    const found = await deliveries.findById(id);
    if (!found) throw new Error(`delivery ${id} is gone`);
    return found;
  };
  const endpoint = async (id: string): Promise<WebhookEndpoint> => {
    const found = await endpoints.findById(id);
    if (!found) throw new Error(`endpoint ${id} is gone`);
    return found;
  };
  /** One dispatcher pass at `now`, and the calls it started, to their end. */
  const pass = async (now = new Date()) => {
    await sut.startDue(now);
    await sut.callsUnderWay();
  };
  const eventTypes = () => deliveries.events.map((event) => event.type);

  it('sends a due call, signed for the endpoint’s secret, and records it sent', async () => {
    const secret = await register('wh-1', receiver.url('/signed'));
    const call = await queue('wh-1');

    await pass();

    const [request] = receiver.received('/signed');
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['webhook-id']).toBe(webhookIdOf(call.id));
    expect(new Webhook(secret).verify(request.body, signatureOf(request.headers))).toEqual({
      type: 'document.signed',
      timestamp: '2026-12-02T09:00:00.000Z',
      data,
    });
    expect(() => new Webhook(newWebhookSecret()).verify(request.body, signatureOf(request.headers))).toThrow();
    expect(await stored(call.id)).toMatchObject({
      status: 'sent',
      attempts: 1,
      nextAttemptAt: null,
      subject: 'document.signed',
    });
    expect(eventTypes()).toEqual(['notification.sent']);
    expect(deliveries.events[0].data).toEqual({
      notificationId: call.id,
      kind: 'document-signed',
      channel: 'webhook',
      recipientId: OWNER,
      applicationId: 'app-1',
      endpointId: 'wh-1',
      attempts: 1,
    });

    await pass(HOUR_LATER());
    expect(receiver.received('/signed')).toHaveLength(1);
  });

  it('keeps a call the endpoint refused, due again after the first delay less at most a fifth of jitter', async () => {
    receiver.respondWith('/500', 500);
    await register('wh-1', receiver.url('/500'));
    const call = await queue('wh-1');

    await pass();

    const failed = await stored(call.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastError: 'The endpoint answered 500.' });
    const delay = (failed.nextAttemptAt as Date).getTime() - (failed.lastAttemptAt as Date).getTime();
    expect(delay).toBeGreaterThanOrEqual(RETRY_BASE_MS * 0.8);
    expect(delay).toBeLessThanOrEqual(RETRY_BASE_MS);
    expect((failed.nextAttemptAt as Date).getTime()).toBeGreaterThan(Date.now());
    expect(eventTypes()).toEqual(['notification.failed']);

    // Not due before then.
    await pass();
    expect(receiver.received('/500')).toHaveLength(1);

    await pass(HOUR_LATER());
    const again = await stored(call.id);
    const secondDelay = (again.nextAttemptAt as Date).getTime() - (again.lastAttemptAt as Date).getTime();
    expect(again).toMatchObject({ status: 'failed', attempts: 2 });
    expect(secondDelay).toBeGreaterThanOrEqual(2 * RETRY_BASE_MS * 0.8);
    expect(secondDelay).toBeLessThanOrEqual(2 * RETRY_BASE_MS);
  });

  it('gives a call up at its last attempt, each attempt under the same webhook-id', async () => {
    receiver.respondWith('/dies', 500);
    await register('wh-1', receiver.url('/dies'));
    const call = await queue('wh-1');

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) await pass(HOUR_LATER());

    expect(await stored(call.id)).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    expect(eventTypes()).toEqual(['notification.failed', 'notification.failed', 'notification.dead']);
    const ids = receiver.received('/dies').map((request) => request.headers['webhook-id']);
    expect(ids).toEqual(Array(MAX_ATTEMPTS).fill(webhookIdOf(call.id)));

    await pass(HOUR_LATER());
    expect(receiver.received('/dies')).toHaveLength(MAX_ATTEMPTS);
  });

  it('disables an endpoint that failed every call for WEBHOOK_DISABLE_AFTER_MS, and tells its owner once', async () => {
    receiver.respondWith('/down', 503);
    await register('wh-1', receiver.url('/down'));
    const first = await queue('wh-1', 'evt-1');

    await pass();
    const failing = await endpoint('wh-1');
    expect(failing).toMatchObject({ status: 'active', disabledAt: null });
    expect(failing.failingSince).toBeInstanceOf(Date);
    expect(tell.disabled).not.toHaveBeenCalled();

    // Every call since failed, for as long as allowed.
    const since = new Date(Date.now() - DISABLE_AFTER_MS - 1000);
    await endpoints.update({ ...failing, failingSince: since }, failing.version);
    const second = await queue('wh-1', 'evt-2');
    await pass(HOUR_LATER());

    const disabled = await endpoint('wh-1');
    expect(disabled).toMatchObject({ status: 'disabled', failingSince: since });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(tell.disabled).toHaveBeenCalledTimes(1);
    expect(tell.disabled).toHaveBeenCalledWith(expect.objectContaining({ id: 'wh-1' }), 'The endpoint answered 503.');
    const told = [...deliveries.items.values()].filter((delivery) => delivery.kind === 'webhook-disabled');
    expect(told).toEqual([expect.objectContaining({ channel: 'e-mail', recipientId: OWNER })]);

    // A disabled endpoint is called no more; its calls are given up (one a pass, as any call of an
    // endpoint), and nobody is told again.
    const third = await queue('wh-1', 'evt-3');
    const calledBefore = receiver.received('/down').length;
    for (let waiting = 3; waiting > 0; waiting -= 1) await pass(HOUR_LATER());
    expect(receiver.received('/down')).toHaveLength(calledBefore);
    for (const call of [first, second, third]) {
      expect(await stored(call.id)).toMatchObject({ status: 'dead', nextAttemptAt: null });
    }
    expect((await stored(third.id)).lastError).toContain('endpoint-disabled');
    // Each call given up tells again (in case the first telling failed): the same notice, kept once.
    expect([...deliveries.items.values()].filter((delivery) => delivery.kind === 'webhook-disabled')).toHaveLength(1);
  });

  it('clears the failing streak once a call succeeds', async () => {
    await register('wh-1', receiver.url('/back'));
    const failing = await endpoint('wh-1');
    await endpoints.update({ ...failing, failingSince: new Date(Date.now() - 60_000) }, failing.version);
    const call = await queue('wh-1');

    await pass();

    expect((await stored(call.id)).status).toBe('sent');
    expect(await endpoint('wh-1')).toMatchObject({ status: 'active', failingSince: null });
  });

  it('signs with both secrets while one is rotated: each verifies alone', async () => {
    const old = await register('wh-1', receiver.url('/rotated'));
    const current = newWebhookSecret();
    const before = await endpoint('wh-1');
    await endpoints.update(rotated(before, secrets.seal(current), new Date(), 60 * 60 * 1000), before.version);
    await queue('wh-1');

    await pass();

    const [request] = receiver.received('/rotated');
    const headers = signatureOf(request.headers);
    expect(headers['webhook-signature'].split(' ')).toEqual([
      expect.stringMatching(/^v1,/),
      expect.stringMatching(/^v1,/),
    ]);
    for (const secret of [old, current]) {
      expect(() => new Webhook(secret).verify(request.body, headers)).not.toThrow();
    }
  });

  it('does not hold another endpoint’s call back behind a slow endpoint', async () => {
    await register('wh-slow', `http://${slow.hostPort}/slow`);
    await register('wh-fast', receiver.url('/fast'));
    const slowCall = await queue('wh-slow');
    const fastCall = await queue('wh-fast');
    const started = Date.now();

    await sut.startDue();
    // Started, not awaited.
    expect(Date.now() - started).toBeLessThan(SLOW_ANSWER_MS / 2);

    const fastRecordedAfterMs = await eventually(
      async () => (await stored(fastCall.id)).status === 'sent' && Date.now() - started,
      { timeoutMs: SLOW_ANSWER_MS * 2, intervalMs: 10, what: 'the fast call recorded' },
    );
    expect(fastRecordedAfterMs).toBeLessThan(SLOW_ANSWER_MS / 2);
    expect((await stored(slowCall.id)).status).toBe('pending');

    await sut.callsUnderWay();
    expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_ANSWER_MS - 100);
    expect((await stored(slowCall.id)).status).toBe('sent');
  });

  it('makes at most four calls at a time to an endpoint, and the next once one ended', async () => {
    await register('wh-slow', `http://${slow.hostPort}/a-few-at-a-time`);
    const calls = [];
    for (let n = 1; n <= 5; n += 1) calls.push(await queue('wh-slow', `evt-${n}`));
    const receivedBefore = slow.received;
    const ended = jest.fn();
    sut.onCallEnded(ended);

    await sut.startDue();
    await sut.startDue();
    await sut.callsUnderWay();

    expect(slow.received - receivedBefore).toBe(4);
    expect(ended).toHaveBeenCalledTimes(4);
    const statuses = await Promise.all(calls.map(async (call) => (await stored(call.id)).status));
    expect(statuses.sort()).toEqual(['pending', 'sent', 'sent', 'sent', 'sent']);

    await pass();
    expect(slow.received - receivedBefore).toBe(5);
    for (const call of calls) expect((await stored(call.id)).status).toBe('sent');
  });

  it('leaves a call another replica is making to it, without asking for the next pass at once', async () => {
    await register('wh-1', receiver.url('/elsewhere'));
    const call = await queue('wh-1');
    await deliveries.claimAttempt(call.id, 1, new Date());
    const ended = jest.fn();
    sut.onCallEnded(ended);

    await pass();

    expect(receiver.received('/elsewhere')).toEqual([]);
    expect(await stored(call.id)).toMatchObject({ status: 'pending', attempts: 0 });
    // The call is still due here: a pass at once would find it again, and again (a spin).
    expect(ended).not.toHaveBeenCalled();
  });

  it('gives up the calls of a deleted endpoint without calling anyone', async () => {
    await register('wh-1', receiver.url('/deleted'));
    const call = await queue('wh-1');
    await endpoints.remove('wh-1');

    await pass();

    expect(receiver.received('/deleted')).toEqual([]);
    const dead = await stored(call.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 0, nextAttemptAt: null });
    expect(dead.lastError).toContain('endpoint-deleted');
    expect(eventTypes()).toEqual(['notification.dead']);
  });

  it('fails a call to a private address that is not allowed, without connecting to it', async () => {
    await register('wh-private', 'http://10.0.0.1/hooks');
    const call = await queue('wh-private');
    const started = Date.now();

    await pass();

    // A connection to an unreachable address would have waited for the 5 s timeout.
    expect(Date.now() - started).toBeLessThan(1000);
    const failed = await stored(call.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.lastError).toContain('10.0.0.1 is a private or reserved address');
    expect(eventTypes()).toEqual(['notification.failed']);
  });
});
