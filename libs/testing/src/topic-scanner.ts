import type { Kafka, KafkaMessage } from 'kafkajs';

import { foundIn, type Needles } from './needles';
import { uniqueName } from './test-infrastructure';

/** One Kafka message holding some of the needles (in its key, value or headers). */
export interface TopicHit {
  topic: string;
  partition: number;
  offset: string;
  found: string[];
}

/** What a scan found, and the partitions it could not read to their end (named `topic:partition`). */
export interface TopicScan {
  hits: TopicHit[];
  unfinished: string[];
}

const textOf = (message: KafkaMessage): string =>
  [
    message.key?.toString('utf8') ?? '',
    message.value?.toString('utf8') ?? '',
    ...Object.entries(message.headers ?? {}).map(([name, value]) => `${name}=${String(value)}`),
  ].join('\n');

/**
 * Reads these topics from their first kept message to the end they had when the scan began, and
 * returns every message holding one of the needles. One consumer group of its own (deleted
 * after): no service's offsets move. A partition is done once its last offset is read; one whose
 * tail compaction removed never gets there, and is listed as unfinished after `quietMs` without
 * progress anywhere.
 */
export async function searchTopics(
  kafka: Kafka,
  topics: string[],
  needles: Needles,
  { quietMs = 5_000, timeoutMs = 60_000 } = {},
): Promise<TopicScan> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = uniqueName('personal-data-scan');
  try {
    const remaining = new Map<string, bigint>();
    const withMessages = new Set<string>();
    for (const topic of topics) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(high) <= BigInt(low)) continue;
        remaining.set(`${topic}:${partition}`, BigInt(high) - 1n);
        withMessages.add(topic);
      }
    }
    if (remaining.size === 0) return { hits: [], unfinished: [] };
    const hits: TopicHit[] = [];
    let progressAt = Date.now();
    const reached = (topic: string, partition: number, offset: string) => {
      progressAt = Date.now();
      const name = `${topic}:${partition}`;
      const last = remaining.get(name);
      if (last !== undefined && BigInt(offset) >= last) remaining.delete(name);
    };
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100, sessionTimeout: 10_000, heartbeatInterval: 1000 });
    await consumer.connect();
    try {
      // A batch that compaction emptied calls no handler: its end still counts as read.
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) =>
        reached(payload.topic, payload.partition, payload.lastOffset),
      );
      await consumer.subscribe({ topics: [...withMessages], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ topic, partition, message }) => {
          const found = foundIn(textOf(message), needles);
          if (found.length > 0) hits.push({ topic, partition, offset: message.offset, found });
          reached(topic, partition, message.offset);
        },
      });
      progressAt = Date.now();
      const deadline = Date.now() + timeoutMs;
      while (remaining.size > 0 && Date.now() - progressAt < quietMs) {
        if (Date.now() > deadline)
          throw new Error(`scan not finished within ${timeoutMs} ms: ${[...remaining.keys()]}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return { hits, unfinished: [...remaining.keys()].sort() };
    } finally {
      await consumer.disconnect();
    }
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
