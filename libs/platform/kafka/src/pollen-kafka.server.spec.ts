import { KAFKA_ENVIRONMENTS } from '@pollen/contracts';

import type { KafkaModuleOptions } from './kafka-options';
import { PollenKafkaServer } from './pollen-kafka.server';

const options: KafkaModuleOptions = {
  service: 'notifications',
  brokers: ['127.0.0.1:1'],
  instanceId: 'test',
  topicsMode: 'create',
  replication: KAFKA_ENVIRONMENTS.local,
  profile: 'fast',
  requestSafetyMarginMs: 250,
};

type Restartable = { restartSoon(delayMs: number): void };

describe('PollenKafkaServer after a crash kafkajs does not restart from', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('starts its consumer again, retrying while the broker refuses (the chaos run found it given up after one try)', async () => {
    const server = new PollenKafkaServer(options, 'events');
    let attempts = 0;
    server.listen = async (callback: (error?: unknown) => void) => {
      attempts += 1;
      callback(attempts < 3 ? new Error('connect ECONNREFUSED 127.0.0.1:19092') : undefined);
    };
    (server as unknown as Restartable).restartSoon(5);
    await jest.advanceTimersByTimeAsync(5 + 10); // the first try, then the second after twice the delay
    expect(attempts).toBe(2);
    await jest.advanceTimersByTimeAsync(20);
    expect(attempts).toBe(3);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBe(3);
  });

  it('does not start again once the service closed it', async () => {
    const server = new PollenKafkaServer(options, 'events');
    let attempts = 0;
    server.listen = async (callback: (error?: unknown) => void) => {
      attempts += 1;
      callback();
    };
    (server as unknown as Restartable).restartSoon(5);
    await server.close();
    await jest.advanceTimersByTimeAsync(1000);
    expect(attempts).toBe(0);
  });
});
