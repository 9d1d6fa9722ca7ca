import type { TopicDefinition } from '@pollen/contracts';
import type { Kafka } from 'kafkajs';

/**
 * Topics are declared in @pollen/contracts and never auto-created by a producer or a consumer.
 * In development and tests the services create what is missing; in production the Strimzi
 * KafkaTopic resources own them and a missing topic stops start-up.
 */
export async function ensureTopics(kafka: Kafka, topics: TopicDefinition[], mode: 'create' | 'check'): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    if (missing.length === 0) return;
    if (mode === 'check') {
      throw new Error(`Kafka topics missing: ${missing.map((topic) => topic.name).join(', ')}`);
    }
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic: topic.name,
          numPartitions: topic.partitions,
          replicationFactor: -1,
          configEntries: [{ name: 'retention.ms', value: String(topic.retentionMs) }],
        })),
      });
    } catch (error) {
      // Another service created some of them at the same moment.
      if (!/already exists/i.test(String((error as Error).message))) throw error;
    }
  } finally {
    await admin.disconnect();
  }
}
