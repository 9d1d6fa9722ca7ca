import {
  deadLetterTopicOf,
  type EventEnvelope,
  Headers,
  type ReplyEnvelope,
  type RequestEnvelope,
  type ServiceName,
  type TopicDefinition,
  Topics,
} from '@pollen/contracts';
import { kafkaSecurityConfig } from '@pollen/platform/kafka';
import {
  AssignerProtocol,
  type Consumer,
  Kafka,
  type KafkaMessage,
  logLevel,
  Partitioners,
  type Producer,
  type RecordMetadata,
} from 'kafkajs';

import { eventually } from './eventually';
import { testInfrastructure, uniqueName } from './test-infrastructure';

export interface ReceivedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  value: string;
}

const decode = (topic: string, partition: number, message: KafkaMessage): ReceivedMessage => ({
  topic,
  partition,
  offset: message.offset,
  key: message.key?.toString() ?? null,
  headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)])),
  value: message.value?.toString() ?? '',
});

/**
 * A test's own window on the real broker: produce raw messages, and record everything that
 * arrives on some topics from the moment `listen` returns (or from the beginning).
 */
export class KafkaProbe {
  readonly kafka = new Kafka({
    clientId: uniqueName('probe'),
    brokers: testInfrastructure().kafkaBrokers,
    ...kafkaSecurityConfig(testInfrastructure().kafkaSecurity),
    logLevel: logLevel.NOTHING,
    retry: { retries: 10, initialRetryTime: 200, maxRetryTime: 2000 },
  });
  private producer?: Producer;
  private readonly consumers: Consumer[] = [];
  readonly received: ReceivedMessage[] = [];

  async send(
    topic: string,
    messages: { key?: string; value: string; headers?: Record<string, string>; partition?: number }[],
  ): Promise<RecordMetadata[]> {
    if (!this.producer) {
      this.producer = this.kafka.producer({
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await this.producer.connect();
    }
    return this.producer.send({ topic, acks: -1, messages });
  }

  /**
   * Sends a request to its owner's topic, as the gateway does, and waits for its reply on the
   * gateway replies topic (which the probe must be listening to).
   */
  async ask<TResult>(topic: string, envelope: RequestEnvelope): Promise<ReplyEnvelope<TResult>> {
    await this.send(topic, [{ key: envelope.subject, value: JSON.stringify(envelope) }]);
    const reply = await this.waitFor(
      (message) =>
        message.topic === Topics.gatewayReplies.name &&
        (JSON.parse(message.value) as ReplyEnvelope).requestId === envelope.id,
    );
    return JSON.parse(reply.value) as ReplyEnvelope<TResult>;
  }

  /**
   * Waits until `groupId` has committed past `sent` (what send() answered for one message): its
   * consumer has handled that message, whatever the handling did.
   */
  async waitForGroupPast(groupId: string, topic: string, sent: RecordMetadata, timeoutMs = 30_000): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await eventually(
        async () => {
          const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
          const committed = offsets?.partitions.find((p) => p.partition === sent.partition)?.offset ?? '-1';
          return BigInt(committed) > BigInt(sent.baseOffset ?? '0');
        },
        { timeoutMs, what: `group ${groupId} past ${topic}:${sent.partition}:${sent.baseOffset}` },
      );
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Writes a dead letter as `consumer` does when it gives up on a message of `source`: on its own
   * dead-letter topic, with the original key and value and the reason in the `pollen-dlt-*` headers.
   */
  async sendDeadLetter(
    source: Pick<TopicDefinition, 'name' | 'personalData'>,
    consumer: ServiceName,
    letter: { key: string; value: string; type: string; reason: string; error: string; attempts?: number },
  ): Promise<void> {
    await this.send(deadLetterTopicOf(source, consumer).name, [
      {
        key: letter.key,
        value: letter.value,
        headers: {
          [Headers.type]: letter.type,
          [Headers.dltReason]: letter.reason,
          [Headers.dltError]: letter.error,
          [Headers.dltTopic]: source.name,
          [Headers.dltPartition]: '0',
          [Headers.dltOffset]: '0',
          [Headers.dltAttempts]: String(letter.attempts ?? 1),
          [Headers.dltGroup]: consumer,
          [Headers.dltAt]: new Date().toISOString(),
        },
      },
    ]);
  }

  /** The topics assigned to the members of a consumer group right now. */
  async topicsOfGroup(groupId: string): Promise<string[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([groupId]);
      const topics = groups.flatMap((group) =>
        group.members.flatMap((member) =>
          Object.keys(AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {}),
        ),
      );
      return [...new Set(topics)].sort();
    } finally {
      await admin.disconnect();
    }
  }

  /** Records messages of these topics; resolves once the consumer is positioned. */
  async listen(topics: string[], { fromBeginning = false } = {}): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: uniqueName('probe'),
      maxWaitTimeInMs: 100,
      sessionTimeout: 6000,
      heartbeatInterval: 1000,
    });
    this.consumers.push(consumer);
    let fetched = false;
    consumer.on(consumer.events.FETCH, () => (fetched = true));
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => void this.received.push(decode(topic, partition, message)),
    });
    await eventually(() => fetched, { what: 'probe consumer positioned', timeoutMs: 30_000 });
  }

  /** Waits for a recorded message matching `predicate`. */
  waitFor(predicate: (message: ReceivedMessage) => boolean, timeoutMs = 20_000): Promise<ReceivedMessage> {
    return eventually(() => this.received.find(predicate), { timeoutMs, what: 'expected Kafka message' });
  }

  /** Recorded events (JSON envelopes) about one subject. */
  eventsAbout(subject: string, topic?: string): EventEnvelope[] {
    return this.received
      .filter(
        (message) => message.key === subject && (!topic || message.topic === topic) && message.headers[Headers.type],
      )
      .map((message) => JSON.parse(message.value) as EventEnvelope);
  }

  async close(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.disconnect()));
    await this.producer?.disconnect();
  }
}
