import { generateKeyPairSync } from 'node:crypto';

import { DomainException, ErrorCode, KAFKA_ENVIRONMENTS, type RequestEnvelope } from '@pollen/contracts';
import { ReadinessRegistry } from '@pollen/platform/health';
import type { ProducerRecord } from 'kafkajs';

import { hasGenuineSignature } from '../actor-signature/actor-signature';
import type { KafkaConnection } from '../kafka-connection';
import type { KafkaModuleOptions } from '../kafka-options';
import { RequestReplyClient } from './request-reply.client';

const options: KafkaModuleOptions = {
  service: 'gateway',
  brokers: ['127.0.0.1:1'],
  instanceId: 'gw-test',
  topicsMode: 'create',
  replication: KAFKA_ENVIRONMENTS.local,
  profile: 'fast',
  requestSafetyMarginMs: 250,
};

type EachMessage = (payload: { partition: number; message: Record<string, unknown> }) => Promise<void>;

/** kafkajs' consumer as the client uses it: it has fetched once as soon as it runs. */
function fakeConsumer() {
  const handlers = new Map<string, (event?: unknown) => void>();
  const consumer = {
    events: { GROUP_JOIN: 'join', FETCH: 'fetch', REBALANCING: 'rebalancing', CRASH: 'crash', STOP: 'stop' },
    on: (event: string, handler: (event?: unknown) => void) => void handlers.set(event, handler),
    connect: async () => undefined,
    subscribe: async () => undefined,
    run: async ({ eachMessage }: { eachMessage: EachMessage }) => {
      consumer.eachMessage = eachMessage;
      handlers.get('fetch')?.();
    },
    pause: () => undefined,
    seeks: [] as { partition: number; offset: string }[],
    seek: (position: { partition: number; offset: string }) => void consumer.seeks.push(position),
    emit: (event: string, payload?: unknown) => handlers.get(event)?.(payload),
    eachMessage: undefined as EachMessage | undefined,
    disconnect: async () => undefined,
  };
  return consumer;
}

let consumer: ReturnType<typeof fakeConsumer>;
let adminAsks = 0;
let unsettledLeader = false;
beforeEach(() => {
  adminAsks = 0;
  unsettledLeader = false;
});

const gatewayKeys = generateKeyPairSync('ed25519');

async function clientWith(
  send: (record: ProducerRecord) => Promise<unknown>,
  limits = { timeoutMs: 300, maxPending: 1000 },
) {
  const connection = {
    ready: async () => undefined,
    kafka: {
      consumer: () => (consumer = fakeConsumer()),
      admin: () => ({
        connect: async () => undefined,
        disconnect: async () => undefined,
        // The reply partition holds 40 replies when the client starts; a new topic's leader is
        // not settled at the first ask.
        fetchTopicOffsets: async () => {
          if (unsettledLeader && adminAsks++ === 0)
            throw new Error('This server is not the leader for that topic-partition');
          return Array.from({ length: 12 }, (_, partition) => ({ partition, high: '40', low: '0', offset: '40' }));
        },
      }),
    },
    producer: { send },
  } as unknown as KafkaConnection;
  const setup = { ...limits, actorSigningKey: gatewayKeys.privateKey };
  const client = new RequestReplyClient(connection, options, setup, new ReadinessRegistry());
  await client.onModuleInit();
  return client;
}

const ask = (client: RequestReplyClient) =>
  client.request('applications.get', {
    subject: 'app-1',
    data: {},
    actor: { id: 'alice', roles: ['applicant'] },
    locale: 'fr',
  });

/**
 * Under Jest's fake timers (the clock too): `promise` has not settled `ms` - 1 ms on and has at
 * `ms`; resolves to its value or its error. Timing checked this way does not depend on how loaded
 * the machine is (CI once failed a `Date.now() - started < 280` check here).
 */
async function settlesAfter<T>(promise: Promise<T>, ms: number): Promise<T | unknown> {
  let settled = false;
  const outcome = promise.then(
    (value) => value,
    (error: unknown) => error,
  );
  void outcome.then(() => (settled = true));
  await jest.advanceTimersByTimeAsync(ms - 1);
  expect(settled).toBe(false);
  await jest.advanceTimersByTimeAsync(1);
  expect(settled).toBe(true);
  return outcome;
}

describe('RequestReplyClient', () => {
  it('signs the actor of every request it sends with the gateway’s key', async () => {
    const sent: ProducerRecord[] = [];
    const client = await clientWith(async (record) => void sent.push(record), { timeoutMs: 100, maxPending: 10 });
    await ask(client).catch(() => undefined); // nobody answers here
    const envelope = JSON.parse(String(sent[0].messages[0].value)) as RequestEnvelope;
    expect(envelope.actorSignature).toMatch(/^v1\./);
    expect(hasGenuineSignature(envelope, [gatewayKeys.publicKey])).toBe(true);
    await client.onApplicationShutdown();
  });
});

describe('RequestReplyClient under faults', () => {
  afterEach(() => jest.useRealTimers());

  it('answers 503 at the deadline when the broker does not take the request (the send races the deadline)', async () => {
    const client = await clientWith(() => new Promise(() => undefined)); // kafkajs retrying forever
    jest.useFakeTimers();
    const error = await settlesAfter(ask(client), 300);
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ code: ErrorCode.Unavailable, extras: { details: { retryAfterSeconds: 2 } } });
    await client.onApplicationShutdown();
  });

  it('waits only what is left of the timeout since the caller started, so the caller answers on time', async () => {
    const client = await clientWith(async () => []); // sent, never answered
    jest.useFakeTimers();
    const request = client.request('applications.get', {
      subject: 'app-1',
      data: {},
      actor: { id: 'alice', roles: ['applicant'] },
      locale: 'fr',
      startedAt: Date.now() - 150, // the HTTP request arrived 150 ms ago; the timeout is 300 ms
    });
    expect(await settlesAfter(request, 150)).toMatchObject({
      code: ErrorCode.Unavailable,
      message: 'no answer to applications.get within 150 ms',
    });
    await client.onApplicationShutdown();
  });

  it('answers 503 at once when the send fails', async () => {
    const client = await clientWith(async () => {
      throw new Error('Connection error: connect ECONNREFUSED');
    });
    await expect(ask(client)).rejects.toMatchObject({ code: ErrorCode.Unavailable });
  });

  it('caps the requests waiting for replies: the next one gets 503 at once, not a longer queue', async () => {
    const client = await clientWith(async () => [], { timeoutMs: 5000, maxPending: 3 });
    const waiting = [ask(client), ask(client), ask(client)];
    waiting.forEach((request) => request.catch(() => undefined));
    await new Promise((resolve) => setImmediate(resolve));

    // At once: with the clock stopped, no timer can be what answers it.
    jest.useFakeTimers();
    await expect(ask(client)).rejects.toMatchObject({
      code: ErrorCode.Unavailable,
      message: '3 requests are already waiting for their replies',
    });
    await client.onApplicationShutdown();
    await Promise.allSettled(waiting);
  });

  it('reads from where its partition ended when it started (asking again while a new topic has no leader), and after a rejoin from after the last reply it read', async () => {
    unsettledLeader = true;
    const client = await clientWith(async () => []);
    expect(adminAsks).toBe(2);
    consumer.emit('join');
    expect(consumer.seeks).toEqual([expect.objectContaining({ partition: client.replyPartition, offset: '40' })]);

    const reply = { value: Buffer.from('{}'), headers: {} };
    await consumer.eachMessage?.({ partition: client.replyPartition, message: { ...reply, offset: '41' } });
    await consumer.eachMessage?.({ partition: client.replyPartition, message: { ...reply, offset: '42' } });
    consumer.emit('rebalancing');
    consumer.emit('join');

    expect(consumer.seeks[1]).toEqual(expect.objectContaining({ partition: client.replyPartition, offset: '43' }));
    await client.onApplicationShutdown();
  });

  it('keeps taking requests while its consumer rejoins: their replies wait in the topic', async () => {
    const client = await clientWith(async () => []);
    consumer.emit('join');
    consumer.emit('rebalancing');
    const pending = ask(client);
    pending.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    await expect(Promise.race([pending, Promise.resolve('waiting')])).resolves.toBe('waiting');
    await client.onApplicationShutdown();
    await expect(pending).rejects.toMatchObject({ code: ErrorCode.Unavailable });
  });

  it('keeps taking requests when kafkajs stops its consumer to restart it (STOP, then a retriable CRASH)', async () => {
    const client = await clientWith(async () => []);
    consumer.emit('join');
    consumer.emit('stop');
    consumer.emit('crash', { payload: { restart: true, error: new Error('Connection error') } });
    const pending = ask(client);
    pending.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    await expect(Promise.race([pending, Promise.resolve('waiting')])).resolves.toBe('waiting');
    await client.onApplicationShutdown();
  });

  it('ignores what a replaced consumer reports: its late STOP does not stop the new one', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    try {
      const client = await clientWith(async () => []);
      const crashed = consumer;
      crashed.emit('crash', { payload: { restart: false, error: new Error('Failed to find group coordinator') } });
      await jest.advanceTimersByTimeAsync(1000);
      consumer.emit('join');
      crashed.emit('stop');
      crashed.emit('crash', { payload: { restart: false, error: new Error('late') } });
      const pending = ask(client);
      pending.catch(() => undefined);
      await new Promise((resolve) => setImmediate(resolve));
      await expect(Promise.race([pending, Promise.resolve('waiting')])).resolves.toBe('waiting');
      await client.onApplicationShutdown();
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses at once after its consumer stopped for good, and starts a new one that takes requests again', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    try {
      const client = await clientWith(async () => []);
      const crashed = consumer;
      crashed.emit('crash', { payload: { restart: false, error: new Error('Failed to find group coordinator') } });
      await expect(ask(client)).rejects.toMatchObject({ message: 'the gateway is not ready to carry requests yet' });

      await jest.advanceTimersByTimeAsync(1000);
      expect(consumer).not.toBe(crashed);
      const pending = ask(client);
      pending.catch(() => undefined);
      await client.onApplicationShutdown();
      await expect(pending).rejects.toMatchObject({ message: 'the gateway is shutting down' });
    } finally {
      jest.useRealTimers();
    }
  });
});
