import { generateKeyPairSync, randomUUID } from 'node:crypto';

import { type ReplyEnvelope, type RequestEnvelope, Topics } from '@pollen/contracts';
import type { ProducerRecord } from 'kafkajs';

import { actorSignatureOf } from '../actor-signature/actor-signature';
import { ActorVerifier } from '../actor-signature/actor-verifier';
import { PoisonMessageError } from '../inbound-message';
import type { KafkaConnection } from '../kafka-connection';
import { RequestDispatcher, type RequestHandlers } from './request-dispatcher';

const gatewayKeys = generateKeyPairSync('ed25519');

/** As the gateway sends it: signed once every field is set. */
const request = (overrides: Partial<RequestEnvelope> = {}): RequestEnvelope => {
  const unsigned = unsignedRequest(overrides);
  return { ...unsigned, actorSignature: actorSignatureOf(unsigned, gatewayKeys.privateKey) };
};

const unsignedRequest = (overrides: Partial<RequestEnvelope> = {}): RequestEnvelope => ({
  id: randomUUID(),
  type: 'operations.list-dead-letters',
  version: 1,
  occurredAt: new Date().toISOString(),
  source: 'gateway',
  subject: 'alice',
  correlationId: 'corr-1',
  actor: { id: 'alice', roles: ['applicant'] },
  locale: 'fr',
  deadline: new Date(Date.now() + 5000).toISOString(),
  replyTo: { topic: Topics.gatewayReplies.name, partition: 3, instance: 'gw-1' },
  data: {},
  ...overrides,
});

const message = (value: unknown) => ({
  topic: Topics.operationsRequests.name,
  partition: 0,
  offset: '7',
  key: 'alice',
  headers: {},
  value,
});

describe('RequestDispatcher', () => {
  let replies: ProducerRecord[];
  let events: ProducerRecord[];
  let handled: number;
  let sut: RequestDispatcher;
  const unused = async (): Promise<never> => {
    throw new Error('not asked in these tests');
  };
  const handlers: RequestHandlers<typeof Topics.operationsRequests.name> = {
    'operations.list-dead-letters': async () => {
      handled++;
      return { items: [], nextCursor: null };
    },
    'operations.get-dead-letter': unused,
    'operations.replay-dead-letter': unused,
    'operations.get-erasure': unused,
    'operations.status': unused,
    'operations.application-timeline': unused,
    'operations.list-erasures': unused,
    'operations.export-personal-data': unused,
  };

  beforeEach(() => {
    replies = [];
    events = [];
    handled = 0;
    const producer = (sent: ProducerRecord[]) => ({ send: async (record: ProducerRecord) => void sent.push(record) });
    const connection = {
      options: { requestSafetyMarginMs: 250 },
      replyProducer: producer(replies),
      producer: producer(events),
    };
    sut = new RequestDispatcher(connection as unknown as KafkaConnection, new ActorVerifier([gatewayKeys.publicKey]));
  });

  it('answers on the reply producer, on the waiting instance’s partition, never through the event producer', async () => {
    await sut.dispatch(message(request()), handlers);
    expect(handled).toBe(1);
    expect(events).toEqual([]);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ topic: Topics.gatewayReplies.name, messages: [{ partition: 3 }] });
    expect((JSON.parse(String(replies[0].messages[0].value)) as ReplyEnvelope).ok).toBe(true);
  });

  it.each([
    ['another topic', { topic: 'pollen.applications.application-events.v2', partition: 0, instance: 'x' }],
    ['a partition the reply topic does not have', { topic: Topics.gatewayReplies.name, partition: 99, instance: 'x' }],
  ])('refuses a request whose replies would go to %s', async (_what, replyTo) => {
    await expect(sut.dispatch(message(request({ replyTo })), handlers)).rejects.toThrow(PoisonMessageError);
    expect(handled).toBe(0);
    expect(replies).toEqual([]);
  });

  it('runs no handler and sends no reply for an operator the gateway did not sign, even when the caller would still wait', async () => {
    const forged = message(unsignedRequest({ actor: { id: 'mallory', roles: ['operator'] } }));

    const refused = await sut.dispatch(forged, handlers).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PoisonMessageError);
    expect(refused).toMatchObject({ reason: 'forged-actor', message: expect.stringMatching(/not signed.*mallory/) });
    await sut.replyFailure(forged, refused as Error);

    expect(handled).toBe(0);
    expect(replies).toEqual([]);
  });

  it('sets aside a forged request whose deadline has passed too, so every forgery is counted', async () => {
    const late = unsignedRequest({ deadline: new Date(Date.now() - 1000).toISOString() });
    await expect(sut.dispatch(message(late), handlers)).rejects.toMatchObject({ reason: 'forged-actor' });
  });

  it('still answers the caller of a genuine request it could not route', async () => {
    const lost = message(request({ type: 'operations.no-such-request' }));
    const refused = await sut.dispatch(lost, handlers).catch((error: unknown) => error);
    expect(refused).toMatchObject({ reason: 'unknown-type' });
    await sut.replyFailure(lost, refused as Error);
    expect((JSON.parse(String(replies[0].messages[0].value)) as ReplyEnvelope).ok).toBe(false);
  });

  it('does not start a request with less than the safety margin left before its deadline', async () => {
    await sut.dispatch(message(request({ deadline: new Date(Date.now() + 100).toISOString() })), handlers);
    expect(handled).toBe(0);
    expect(replies).toEqual([]);
  });
});
