import { DomainException, ErrorCode } from '@pollen/contracts';
import { ReadinessRegistry } from '@pollen/platform/health';

import type { KafkaConnection } from '../kafka-connection';
import type { KafkaModuleOptions } from '../kafka-options';
import { RequestReplyClient } from './request-reply.client';

const options: KafkaModuleOptions = {
  service: 'gateway',
  brokers: ['127.0.0.1:1'],
  instanceId: 'gw-test',
  topicsMode: 'create',
  profile: 'fast',
  requestSafetyMarginMs: 250,
};

type EachMessage = (payload: { partition: number; message: Record<string, unknown> }) => Promise<void>;

/** kafkajs' consumer as the client uses it: it has fetched once as soon as it runs. */
function fakeConsumer() {
  const handlers = new Map<string, () => void>();
  const consumer = {
    events: { GROUP_JOIN: 'join', FETCH: 'fetch', REBALANCING: 'rebalancing', CRASH: 'crash', STOP: 'stop' },
    on: (event: string, handler: () => void) => void handlers.set(event, handler),
    connect: async () => undefined,
    subscribe: async () => undefined,
    run: async ({ eachMessage }: { eachMessage: EachMessage }) => {
      consumer.eachMessage = eachMessage;
      handlers.get('fetch')?.();
    },
    pause: () => undefined,
    seeks: [] as { partition: number; offset: string }[],
    seek: (position: { partition: number; offset: string }) => void consumer.seeks.push(position),
    emit: (event: string) => handlers.get(event)?.(),
    eachMessage: undefined as EachMessage | undefined,
    disconnect: async () => undefined,
  };
  return consumer;
}

let consumer: ReturnType<typeof fakeConsumer>;

async function clientWith(send: () => Promise<unknown>, limits = { timeoutMs: 300, maxPending: 1000 }) {
  const connection = {
    ready: async () => undefined,
    kafka: { consumer: () => (consumer = fakeConsumer()) },
    producer: { send },
  } as unknown as KafkaConnection;
  const client = new RequestReplyClient(connection, options, limits, new ReadinessRegistry());
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

describe('RequestReplyClient under faults', () => {
  it('answers 503 at the deadline when the broker does not take the request (the send races the deadline)', async () => {
    const client = await clientWith(() => new Promise(() => undefined)); // kafkajs retrying forever
    const started = Date.now();
    const error = await ask(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ code: ErrorCode.Unavailable, extras: { details: { retryAfterSeconds: 2 } } });
    expect(Date.now() - started).toBeLessThan(300 + 1000);
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

    const started = Date.now();
    await expect(ask(client)).rejects.toMatchObject({
      code: ErrorCode.Unavailable,
      message: '3 requests are already waiting for their replies',
    });
    expect(Date.now() - started).toBeLessThan(100);
    await client.onApplicationShutdown();
    await Promise.allSettled(waiting);
  });

  it('resumes after the last reply it read when it rejoins its group, so replies written meanwhile are read', async () => {
    const client = await clientWith(async () => []);
    consumer.emit('join'); // the first join: nothing read yet, nothing to seek
    expect(consumer.seeks).toEqual([]);

    const reply = { value: Buffer.from('{}'), headers: {} };
    await consumer.eachMessage?.({ partition: client.replyPartition, message: { ...reply, offset: '41' } });
    await consumer.eachMessage?.({ partition: client.replyPartition, message: { ...reply, offset: '42' } });
    consumer.emit('rebalancing');
    consumer.emit('join');

    expect(consumer.seeks).toEqual([expect.objectContaining({ partition: client.replyPartition, offset: '43' })]);
    await client.onApplicationShutdown();
  });
});
