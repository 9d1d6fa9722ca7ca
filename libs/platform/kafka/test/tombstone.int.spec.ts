import { randomUUID } from 'node:crypto';

import { KafkaContext, KafkaParser } from '@nestjs/microservices';
import { KafkaRequestDeserializer } from '@nestjs/microservices/deserializers';
import { type EventOf, Headers, KAFKA_ENVIRONMENTS, type TopicDefinition, Topics } from '@pollen/contracts';
import { ReadinessRegistry } from '@pollen/platform/health';
import { type Admin, ConfigResourceTypes, type Consumer, type KafkaMessage } from 'kafkajs';

import {
  ensureTopics,
  EventConsumer,
  EventPublisher,
  InboundProcessor,
  KafkaConnection,
  type KafkaModuleOptions,
  newEvent,
  TombstoneHeaders,
} from '../src';

// The testing kit depends on this library, so these tests cannot import it.
const brokers = (): string[] => {
  const value = process.env['KAFKA_BROKERS'];
  if (!value) throw new Error('KAFKA_BROKERS must be set (the Jest global setup does it)');
  return value.split(',');
};

async function eventually<T>(probe: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const erased: EventOf<'account.contact-erased'>[] = [];

class ContactsConsumer extends EventConsumer('notifications', Topics.accountContacts) {
  readonly handlers = {
    'account.contact-erased': async (event: EventOf<'account.contact-erased'>) => void erased.push(event),
  };
}

describe('tombstones and topic configuration on the real broker', () => {
  const options: KafkaModuleOptions = {
    service: 'notifications',
    brokers: brokers(),
    instanceId: `tombstone-${randomUUID().slice(0, 8)}`,
    topicsMode: 'create',
    replication: KAFKA_ENVIRONMENTS.local,
    profile: 'fast',
    requestSafetyMarginMs: 500,
  };
  let connection: KafkaConnection;
  let consumer: Consumer;
  let admin: Admin;
  const received: { message: KafkaMessage; context: KafkaContext; payload: unknown }[] = [];

  beforeAll(async () => {
    connection = new KafkaConnection(options, new ReadinessRegistry());
    await connection.ready();
    admin = connection.kafka.admin();
    await admin.connect();
    // A group of its own, so nothing else on the shared broker is disturbed; from the beginning,
    // because on a broker that has just made the topic, "the end" may be resolved after the send.
    consumer = connection.kafka.consumer({ groupId: `tombstone-test-${randomUUID()}`, maxWaitTimeInMs: 100 });
    let fetched = false;
    consumer.on(consumer.events.FETCH, () => (fetched = true));
    await consumer.connect();
    await consumer.subscribe({ topic: Topics.accountContacts.name, fromBeginning: true });
    // As Nest's Kafka server does before it calls an @EventPattern handler.
    const parser = new KafkaParser();
    const deserializer = new KafkaRequestDeserializer();
    await consumer.run({
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        const raw = parser.parse({ ...message, topic, partition });
        const packet = await deserializer.deserialize(raw, { channel: topic });
        const context = new KafkaContext([raw, partition, topic, consumer, heartbeat, connection.producer]);
        received.push({ message, context, payload: packet.data });
      },
    });
    await eventually(() => fetched || undefined, 'the consumer positioned');
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await admin?.disconnect();
    await connection?.onApplicationShutdown();
  });

  it('sends a tombstone as its key and no value, and hands it to its handler with the key as data', async () => {
    const accountId = `account-${randomUUID()}`;
    const tombstone = newEvent('account.contact-erased', {
      subject: accountId,
      aggregateVersion: 4,
      data: { accountId },
      causationId: 'erasure-request-1',
    });

    await new EventPublisher(connection).publish([tombstone]);

    const arrived = await eventually(
      () => received.find(({ message }) => message.key?.toString() === accountId),
      'the tombstone on the contacts topic',
    );
    expect(arrived.message.value).toBeNull();
    expect(String(arrived.message.headers?.[Headers.type])).toBe('account.contact-erased');
    expect(String(arrived.message.headers?.[TombstoneHeaders.id])).toBe(tombstone.id);

    const sut = Object.assign(new ContactsConsumer(), {
      processor: new InboundProcessor(() => connection.producer, 'notifications'),
      connection,
    });
    await sut.onEvent(arrived.payload, arrived.context);

    // The envelope as it was published: the data is the key, under the aggregate's id field.
    expect(erased).toEqual([tombstone]);
  });

  it('creates a topic as the catalogue says, and brings an existing one back to it', async () => {
    const name = `pollen.test.tombstone-config-${randomUUID().slice(0, 8)}.v1`;
    const declared: TopicDefinition = {
      ...Topics.accountContacts,
      name,
      partitions: 1,
      cleanup: { policy: 'compact', maxCompactionLagMs: 3_600_000 },
    };
    const configOf = async () => {
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name }],
      });
      return Object.fromEntries(
        resources[0]?.configEntries.map((entry) => [entry.configName, entry.configValue]) ?? [],
      );
    };
    try {
      // An older declaration of the topic: kept a week, not compacted.
      await ensureTopics(
        connection.kafka,
        [{ ...declared, cleanup: { policy: 'delete' }, retentionMs: 604_800_000 }],
        'create',
      );
      expect(await configOf()).toMatchObject({ 'cleanup.policy': 'delete', 'retention.ms': '604800000' });

      await ensureTopics(connection.kafka, [declared], 'create');

      expect(await configOf()).toMatchObject({
        'cleanup.policy': 'compact',
        'max.compaction.lag.ms': '3600000',
        'retention.ms': '-1',
      });
    } finally {
      await admin.deleteTopics({ topics: [name] }).catch(() => undefined);
    }
  });

  it('checks, in production, that each topic has the catalogue’s partitions and the environment’s replication', async () => {
    const name = `pollen.test.layout-${randomUUID().slice(0, 8)}.v1`;
    const declared: TopicDefinition = { ...Topics.programmeEvents, name, partitions: 2 };
    try {
      await ensureTopics(connection.kafka, [declared], 'create');

      // As Strimzi made it: the catalogue's partitions, the local broker's one copy.
      await expect(ensureTopics(connection.kafka, [declared], 'check')).resolves.toBeUndefined();
      // Production wants three copies and a min ISR of two: start-up stops, naming both.
      await expect(ensureTopics(connection.kafka, [declared], 'check', KAFKA_ENVIRONMENTS.production)).rejects.toThrow(
        `${name}: replication 1, not 3; ${name}: min.insync.replicas 1, not 2`,
      );
      // A catalogue that now says three partitions.
      await expect(ensureTopics(connection.kafka, [{ ...declared, partitions: 3 }], 'check')).rejects.toThrow(
        `${name}: 2 partitions, not 3`,
      );
    } finally {
      await admin.deleteTopics({ topics: [name] }).catch(() => undefined);
    }
  });
});
