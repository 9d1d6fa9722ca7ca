import { Headers } from '@pollen/contracts';
import type { Producer, ProducerRecord } from 'kafkajs';

import type { InboundMessage } from './inbound-message';
import { PoisonMessageError } from './inbound-message';
import { InboundProcessor } from './inbound-processor';

class FakeProducer {
  readonly sent: ProducerRecord[] = [];
  async send(record: ProducerRecord): Promise<[]> {
    this.sent.push(record);
    return [];
  }
}

const message = (value: unknown): InboundMessage => ({
  topic: 'pollen.things.v1',
  partition: 2,
  offset: '41',
  key: 'thing-1',
  headers: { [Headers.correlationId]: 'corr-1' },
  value,
});

describe('InboundProcessor', () => {
  const policy = { maxAttempts: 3, backoffMs: () => 1, outageBackoffMs: () => 1 };
  let producer: FakeProducer;
  let sut: InboundProcessor;

  beforeEach(() => {
    producer = new FakeProducer();
    sut = new InboundProcessor(() => producer as unknown as Producer, 'matching', policy);
  });

  it('hands a message to the handler once when it succeeds', async () => {
    const handled: unknown[] = [];
    await sut.process(message({ type: 'thing.happened' }), async (m) => void handled.push(m.value));
    expect(handled).toEqual([{ type: 'thing.happened' }]);
    expect(producer.sent).toEqual([]);
  });

  it('retries a failing handler up to the bound, then dead-letters with the reason', async () => {
    let attempts = 0;
    const deadLettered: string[] = [];
    await sut.process(
      message({ type: 'thing.happened', id: 'evt-1' }),
      async () => {
        attempts++;
        throw new Error('database unreachable');
      },
      { onDeadLettered: async (m) => void deadLettered.push(m.offset) },
    );
    expect(attempts).toBe(3);
    expect(deadLettered).toEqual(['41']);
    expect(producer.sent).toHaveLength(1);
    const [record] = producer.sent;
    expect(record.topic).toBe('pollen.things.v1.matching.dlt');
    const headers = record.messages[0].headers ?? {};
    expect(headers[Headers.dltReason]).toBe('retries-exhausted');
    expect(headers[Headers.dltError]).toBe('database unreachable');
    expect(headers[Headers.dltTopic]).toBe('pollen.things.v1');
    expect(headers[Headers.dltPartition]).toBe('2');
    expect(headers[Headers.dltOffset]).toBe('41');
    expect(headers[Headers.dltAttempts]).toBe('3');
    expect(headers[Headers.dltGroup]).toBe('matching');
    expect(headers[Headers.correlationId]).toBe('corr-1');
    expect(record.messages[0].key).toBe('thing-1');
    expect(JSON.parse(String(record.messages[0].value))).toEqual({ type: 'thing.happened', id: 'evt-1' });
  });

  it('dead-letters a poison message at once, without retrying', async () => {
    let attempts = 0;
    await sut.process(message('not json'), async () => {
      attempts++;
      throw new PoisonMessageError('malformed', 'the value is not a JSON object');
    });
    expect(attempts).toBe(1);
    expect(producer.sent[0].messages[0].value).toBe('not json');
    expect(producer.sent[0].messages[0].headers?.[Headers.dltReason]).toBe('malformed');
  });

  it('lets the message be redelivered when even the dead letter cannot be written', async () => {
    const broken = new InboundProcessor(
      () =>
        ({
          send: async () => {
            throw new Error('broker down');
          },
        }) as unknown as Producer,
      'matching',
      policy,
    );
    await expect(
      broken.process(message({}), async () => {
        throw new PoisonMessageError('malformed', 'bad');
      }),
    ).rejects.toThrow('broker down');
  });

  it('never dead-letters a message while the database is down: it waits, says so, and goes on once it is back', async () => {
    let attempts = 0;
    const seenWhileWaiting: (string | undefined)[] = [];
    await sut.process(message({ type: 'thing.happened' }), async () => {
      attempts++;
      seenWhileWaiting.push(sut.outage());
      if (attempts <= 10)
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27117'), { name: 'MongoServerSelectionError' });
    });
    expect(attempts).toBe(11);
    expect(producer.sent).toEqual([]);
    expect(seenWhileWaiting[1]).toMatch(/^pollen\.things\.v1:2 waits: connect ECONNREFUSED/);
    expect(sut.outage()).toBeUndefined();
  });

  it('keeps counting the attempts of a message redelivered after a rebalance interrupted its retries', async () => {
    let attempts = 0;
    const failing = async () => {
      attempts++;
      throw new Error('a bug');
    };
    const rebalancing = async () => {
      throw new Error('The group is rebalancing, so a rejoin is needed');
    };
    await expect(sut.process(message({ id: 'evt-9' }), failing, { heartbeat: rebalancing })).rejects.toThrow(
      /rebalancing/,
    );
    await expect(sut.process(message({ id: 'evt-9' }), failing, { heartbeat: rebalancing })).rejects.toThrow(
      /rebalancing/,
    );
    await sut.process(message({ id: 'evt-9' }), failing);
    expect(attempts).toBe(policy.maxAttempts);
    expect(producer.sent).toHaveLength(1);
  });

  it('stops waiting for a dependency when the service shuts down, leaving the message uncommitted', async () => {
    const waiting = sut.process(message({}), async () => {
      throw Object.assign(new Error('not primary'), { name: 'MongoServerError', code: 10107 });
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    sut.beforeApplicationShutdown();
    await expect(waiting).rejects.toThrow('the service is shutting down');
    expect(producer.sent).toEqual([]);
  });
});
