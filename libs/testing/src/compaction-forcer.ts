import { randomUUID } from 'node:crypto';

import { allTopics, type EventDefinition, type EventEnvelope, Events } from '@pollen/contracts';
import { eventRecord } from '@pollen/platform/kafka';
import { ConfigResourceTypes, type Kafka, type Message, Partitioners } from 'kafkajs';

/** A compacted topic to compact now. */
export interface CompactedTopic {
  name: string;
  partitions: number;
  /**
   * A tombstone of a key no one uses, as the topic's consumers expect one (its event type in
   * headers): what rolls the segments. Without it, a bare key and no value.
   */
  tombstone?: () => Message;
}

/** DescribeConfigs' source of a value set on the topic itself (not a broker default). */
const TOPIC_CONFIG = 1;
const SEGMENT_MS = 100;

/** Cleaning as soon as possible: tiny segments, any dirty share worth cleaning, no minimum lag. */
const EAGER = [
  { name: 'segment.ms', value: String(SEGMENT_MS) },
  { name: 'min.cleanable.dirty.ratio', value: '0.01' },
  { name: 'min.compaction.lag.ms', value: '0' },
];

/**
 * Makes the broker compact topics now instead of within their max compaction lag (a day): the
 * cleaner only cleans closed segments, so a tombstone removes earlier messages of its key once a
 * later message rolls its segment. Sets the topics' segments to roll after 100 ms, then writes a
 * tombstone of a random key on every partition; the broker's cleaner then runs within
 * `log.cleaner.backoff.ms`. `restore` puts back the topics' own configuration.
 */
export class CompactionForcer {
  private constructor(
    private readonly kafka: Kafka,
    private readonly topics: CompactedTopic[],
    private readonly originals: { name: string; configEntries: { name: string; value: string }[] }[],
  ) {}

  static async force(kafka: Kafka, topics: CompactedTopic[]): Promise<CompactionForcer> {
    const admin = kafka.admin();
    await admin.connect();
    let forcer: CompactionForcer;
    try {
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: topics.map((topic) => ({ type: ConfigResourceTypes.TOPIC, name: topic.name })),
      });
      // AlterConfigs replaces a topic's whole configuration: what it had is sent again beside the change.
      const originals = described.resources.map((resource) => ({
        name: resource.resourceName,
        configEntries: resource.configEntries
          .filter((entry) => entry.configSource === TOPIC_CONFIG)
          .map((entry) => ({ name: entry.configName, value: entry.configValue })),
      }));
      forcer = new CompactionForcer(kafka, topics, originals);
      await admin.alterConfigs({
        validateOnly: false,
        resources: originals.map(({ name, configEntries }) => ({
          type: ConfigResourceTypes.TOPIC,
          name,
          configEntries: [
            ...configEntries.filter((entry) => !EAGER.some((eager) => eager.name === entry.name)),
            ...EAGER,
          ],
        })),
      });
    } finally {
      await admin.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 3 * SEGMENT_MS));
    await forcer.roll();
    return forcer;
  }

  /**
   * A tombstone of a key no one uses on every partition: the segment before it closes, and the
   * cleaner may clean it. Again after a tombstone written since the last roll.
   */
  async roll(): Promise<void> {
    const producer = this.kafka.producer({
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    try {
      await producer.sendBatch({
        acks: -1,
        topicMessages: this.topics.map((topic) => ({
          topic: topic.name,
          messages: Array.from({ length: topic.partitions }, (_, partition) => ({
            ...(topic.tombstone?.() ?? { key: randomUUID() }),
            value: null,
            partition,
          })),
        })),
      });
    } finally {
      await producer.disconnect();
    }
  }

  /** The topics' own configuration again. */
  async restore(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.alterConfigs({
        validateOnly: false,
        resources: this.originals.map(({ name, configEntries }) => ({
          type: ConfigResourceTypes.TOPIC,
          name,
          configEntries,
        })),
      });
    } finally {
      await admin.disconnect();
    }
  }
}

/**
 * Every compacted topic of the catalogue, each rolled by a tombstone of its own event type for a
 * key no one uses: its consumers handle the roll as any erasure, of no one.
 */
export function compactedTopicsOfCatalogue(): CompactedTopic[] {
  return allTopics()
    .filter((topic) => topic.cleanup.policy === 'compact')
    .map((topic) => {
      const found = Object.entries(Events as Record<string, EventDefinition>).find(
        ([, event]) => event.topic.name === topic.name && event.tombstone === true,
      );
      if (!found) throw new Error(`${topic.name} is compacted and has no tombstone event`);
      const [type, event] = found;
      const tombstone = () => {
        const subject = randomUUID();
        return eventRecord({
          id: randomUUID(),
          type,
          version: 1,
          occurredAt: new Date().toISOString(),
          source: event.topic.owner,
          subject,
          aggregateVersion: 1,
          correlationId: randomUUID(),
          data: { [event.aggregate.idField]: subject },
        } as EventEnvelope);
      };
      return { name: topic.name, partitions: topic.partitions, tombstone };
    });
}
