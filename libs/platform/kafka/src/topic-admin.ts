import type { TopicDefinition } from '@pollen/contracts';
import type { Admin, Kafka } from 'kafkajs';

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
    if (missing.length > 0) await createMissing(admin, missing, mode);
    await waitForLeaders(admin, topics);
  } finally {
    await admin.disconnect();
  }
}

async function createMissing(admin: Admin, missing: TopicDefinition[], mode: 'create' | 'check'): Promise<void> {
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
        configEntries: topicConfigOf(topic),
      })),
    });
  } catch (error) {
    // Another service may be creating the same topics at this very moment; what matters is that
    // they all exist now, which waitForLeaders checks (and fails on, after a while, if not).
    const existing = new Set(await admin.listTopics());
    if (missing.some((topic) => !existing.has(topic.name))) throw error;
  }
}

/** The broker configuration the catalogue declares for a topic. */
export function topicConfigOf(topic: TopicDefinition): { name: string; value: string }[] {
  const cleanup = topic.cleanup;
  return [
    { name: 'retention.ms', value: String(topic.retentionMs) },
    { name: 'cleanup.policy', value: cleanup.policy },
    ...(cleanup.policy === 'compact'
      ? [{ name: 'max.compaction.lag.ms', value: String(cleanup.maxCompactionLagMs) }]
      : []),
  ];
}

/** A topic another service has just created may not have its leaders yet; wait for them. */
async function waitForLeaders(admin: Admin, topics: TopicDefinition[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({
        topics: topics.map((topic) => topic.name),
      });
      const leaderless = metadata.topics.flatMap((topic) => topic.partitions.filter((p) => p.leader < 0));
      if (leaderless.length === 0) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error('Kafka topics have no leader yet');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
