import { Kafka, logLevel, Partitioners } from 'kafkajs';

import { eventually, testInfrastructure, uniqueName } from '../src';

/**
 * kafkajs 2.2.4 is unmaintained and Kafka 4 removed old protocol versions (KIP-896): this proves,
 * against the real broker, every protocol path the platform relies on.
 */
describe('kafkajs 2.2.4 against the local Kafka 4 broker', () => {
  const kafka = new Kafka({
    clientId: uniqueName('smoke'),
    brokers: testInfrastructure().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  const topic = uniqueName('smoke-topic');
  const groupId = uniqueName('smoke-group');

  beforeAll(() => admin.connect());
  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('creates a topic with the partitions asked for', async () => {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0].partitions).toHaveLength(3);
  });

  it('produces, consumes in a group and commits, keeping order per key', async () => {
    const producer = kafka.producer({
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: ['1', '2', '3'].map((n) => ({ key: 'aggregate-1', value: `event-${n}` })),
    });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId, sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(String(message.value)) });
    await eventually(() => seen.length === 3, { what: 'three messages consumed' });
    await consumer.disconnect(); // commits what was processed and leaves the group

    expect(seen).toEqual(['event-1', 'event-2', 'event-3']);
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const committed = offsets.partitions.reduce((sum, partition) => sum + Math.max(Number(partition.offset), 0), 0);
    expect(committed).toBe(3);
  });
});
