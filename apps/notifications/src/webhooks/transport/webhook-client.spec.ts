import { createServer } from 'node:http';
import { type AddressInfo, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily } from 'node:net';

import { freePort, WebhookReceiver } from '@pollen/testing';

import type { PinnedTarget } from './address-guard';
import { postWebhook, WebhookAttemptFailed } from './webhook-client';

describe('postWebhook', () => {
  let receiver: WebhookReceiver;
  const body = JSON.stringify({ type: 'application.submitted', data: { applicationId: 'app-1' } });
  const signed = { 'webhook-id': 'msg_1', 'webhook-timestamp': '1767225600', 'webhook-signature': 'v1,c2lnbmVk' };

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
  });

  afterAll(() => receiver.stop());

  const toReceiver = (hostname = '127.0.0.1'): PinnedTarget => ({
    hostname,
    port: receiver.port,
    address: '127.0.0.1',
    family: 4,
  });

  const failure = async (attempt: Promise<unknown>): Promise<WebhookAttemptFailed> => {
    const error = await attempt.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof WebhookAttemptFailed)) throw new Error(`the attempt did not fail: ${String(error)}`);
    return error;
  };

  it('POSTs the body as JSON with the signature headers, and resolves on a 2xx', async () => {
    receiver.respondWith('/ok', 202);

    const response = await postWebhook(toReceiver(), new URL(receiver.url('/ok?tenant=7')), body, signed, {
      timeoutMs: 2_000,
    });

    expect(response).toEqual({ status: 202 });
    const [request] = receiver.received('/ok');
    expect(request.method).toBe('POST');
    expect(request.body).toBe(body);
    expect(request.headers).toMatchObject({
      ...signed,
      'content-type': 'application/json',
      'user-agent': 'Pollen-Webhooks/1',
      host: receiver.hostPort,
    });
  });

  it('fails on a 500, saying what the endpoint answered', async () => {
    receiver.respondWith('/broken', 500);

    const error = await failure(
      postWebhook(toReceiver(), new URL(receiver.url('/broken')), body, signed, { timeoutMs: 2_000 }),
    );

    expect(error).toMatchObject({ failure: 'status', status: 500, message: 'The endpoint answered 500.' });
  });

  it('does not follow a redirect to a private address', async () => {
    receiver.respondWith('/moved-inside', { status: 302, location: 'http://10.0.0.1/' });

    const error = await failure(
      postWebhook(toReceiver(), new URL(receiver.url('/moved-inside')), body, signed, { timeoutMs: 2_000 }),
    );

    expect(error).toMatchObject({
      failure: 'redirect',
      status: 302,
      message: 'Redirect not followed (302 to http://10.0.0.1/).',
    });
  });

  it('never contacts the target of a redirect', async () => {
    receiver.respondWith('/moved', { status: 307, location: receiver.url('/elsewhere') });

    const error = await failure(
      postWebhook(toReceiver(), new URL(receiver.url('/moved')), body, signed, { timeoutMs: 2_000 }),
    );

    expect(error.failure).toBe('redirect');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received('/moved')).toHaveLength(1);
    expect(receiver.received('/elsewhere')).toEqual([]);
  });

  it('gives up when no answer comes within the timeout', async () => {
    receiver.respondWith('/silent', 'never');
    const started = Date.now();

    const error = await failure(
      postWebhook(toReceiver(), new URL(receiver.url('/silent')), body, signed, { timeoutMs: 300 }),
    );

    expect(error).toMatchObject({ failure: 'timeout', message: 'No answer within 300 ms.' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('says when the connection is refused', async () => {
    const closed = await freePort();
    const target = { ...toReceiver(), port: closed };

    const error = await failure(
      postWebhook(target, new URL(`http://127.0.0.1:${closed}/`), body, signed, { timeoutMs: 2_000 }),
    );

    expect(error).toMatchObject({ failure: 'network', message: `Connection refused by 127.0.0.1:${closed}.` });
  });

  it.each([
    ['with autoSelectFamily, as Node 20 asks by default', true],
    ['without autoSelectFamily', false],
  ])('connects to the pinned address, never resolving the name again (%s)', async (_, autoSelect) => {
    const before = getDefaultAutoSelectFamily();
    setDefaultAutoSelectFamily(autoSelect);
    receiver.respondWith('/pinned', 200);
    // `.invalid` never resolves (RFC 6761): only the pinned address can have been used.
    const url = new URL(`http://hooks.pinned.invalid:${receiver.port}/pinned`);
    try {
      await expect(
        postWebhook(toReceiver('hooks.pinned.invalid'), url, body, signed, { timeoutMs: 2_000 }),
      ).resolves.toEqual({ status: 200 });
    } finally {
      setDefaultAutoSelectFamily(before);
    }

    const requests = receiver.received('/pinned');
    expect(requests[requests.length - 1].headers.host).toBe(`hooks.pinned.invalid:${receiver.port}`);
  });

  it('reads no more than 64 kB of an endless answer', async () => {
    const endless = createServer((_request, response) => {
      response.writeHead(200);
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const pour = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', pour);
      };
      pour();
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    const { port } = endless.address() as AddressInfo;
    try {
      const target = { ...toReceiver(), port };

      await expect(
        postWebhook(target, new URL(`http://127.0.0.1:${port}/`), body, signed, { timeoutMs: 2_000 }),
      ).resolves.toEqual({ status: 200 });
    } finally {
      endless.closeAllConnections();
      await new Promise((resolve) => endless.close(resolve));
    }
  });
});
