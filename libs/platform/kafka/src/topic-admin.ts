import type { TopicDefinition } from '@pollen/contracts';
import { type Admin, ConfigResourceTypes, type Kafka } from 'kafkajs';

/**
 * Topics are declared in @pollen/contracts and never auto-created by a producer or a consumer.
 * In development and tests the services create what is missing and bring the configuration of
 * the others to what the catalogue says (a broker kept across a change of retention or cleanup
 * policy follows it); in production the Strimzi KafkaTopic resources own them and a missing topic
 * stops start-up.
 */
export async function ensureTopics(kafka: Kafka, topics: TopicDefinition[], mode: 'create' | 'check'): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    if (missing.length > 0) await createMissing(admin, missing, mode);
    if (mode === 'create')
      await alignConfigs(
        admin,
        topics.filter((topic) => existing.has(topic.name)),
      );
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

/**
 * The broker configuration the catalogue declares for a topic. `min.cleanable.dirty.ratio` stays
 * at the broker's default: `max.compaction.lag.ms` already makes the cleaner compact a log whose
 * oldest uncompacted message is that old, whatever its dirty ratio, and rolls the active segment
 * by then, so a tombstone's predecessors are gone within that bound. A lower ratio would only
 * have the cleaner rewrite these topics more often, without tightening the bound the law needs.
 */
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

/**
 * Topics whose configuration differs from the catalogue's get the catalogue's. AlterConfigs sets
 * the whole of a topic's own configuration (what it leaves out goes back to the broker's default),
 * which is what we want: the catalogue is all of it. Several services may do this at once; they
 * all write the same values.
 */
async function alignConfigs(admin: Admin, topics: TopicDefinition[]): Promise<void> {
  if (topics.length === 0) return;
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((topic) => ({ type: ConfigResourceTypes.TOPIC, name: topic.name })),
  });
  const actual = new Map(
    resources.map((resource) => [
      resource.resourceName,
      new Map(resource.configEntries.map((entry) => [entry.configName, entry.configValue])),
    ]),
  );
  const drifted = topics.filter((topic) =>
    topicConfigOf(topic).some(({ name, value }) => actual.get(topic.name)?.get(name) !== value),
  );
  if (drifted.length === 0) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: drifted.map((topic) => ({
      type: ConfigResourceTypes.TOPIC,
      name: topic.name,
      configEntries: topicConfigOf(topic),
    })),
  });
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
