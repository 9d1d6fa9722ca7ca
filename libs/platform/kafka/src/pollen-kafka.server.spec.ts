import type { KafkaModuleOptions } from './kafka-options';
import { PollenKafkaServer } from './pollen-kafka.server';

const options: KafkaModuleOptions = {
  service: 'notifications',
  brokers: ['127.0.0.1:1'],
  instanceId: 'test',
  topicsMode: 'create',
  profile: 'fast',
  requestSafetyMarginMs: 250,
};

type Restartable = { restartSoon(delayMs: number): void };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PollenKafkaServer after a crash kafkajs does not restart from', () => {
  it('starts its consumer again, retrying while the broker refuses (the chaos run found it given up after one try)', async () => {
    const server = new PollenKafkaServer(options, 'events');
    let attempts = 0;
    server.listen = async (callback: (error?: unknown) => void) => {
      attempts += 1;
      callback(attempts < 3 ? new Error('connect ECONNREFUSED 127.0.0.1:19092') : undefined);
    };
    (server as unknown as Restartable).restartSoon(5);
    await sleep(200);
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
    await sleep(50);
    expect(attempts).toBe(0);
  });
});
