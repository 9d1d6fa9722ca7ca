import { KAFKA_ENVIRONMENTS, type TopicDefinition, type TopicReplication } from '@pollen/contracts';
import { type Admin, ConfigResourceTypes, type Kafka } from 'kafkajs';

/**
 * Topics are declared in @pollen/contracts and never auto-created by a producer or a consumer.
 * In development and tests the services create what is missing and bring the configuration of
 * the others to what the catalogue says (a broker kept across a change of retention or cleanup
 * policy follows it); in production the Strimzi KafkaTopic resources own them, and a topic
 * missing, or with other partitions, replication or min ISR than the catalogue and the
 * environment say, stops start-up.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: TopicDefinition[],
  mode: 'create' | 'check',
  replication: TopicReplication = KAFKA_ENVIRONMENTS.local,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    if (missing.length > 0) await createMissing(admin, missing, mode, replication);
    if (mode === 'create')
      await alignConfigs(
        admin,
        topics.filter((topic) => existing.has(topic.name)),
        replication,
      );
    await waitForLeaders(admin, topics);
    if (mode === 'check') await checkLayouts(admin, topics, replication);
  } finally {
    await admin.disconnect();
  }
}

async function createMissing(
  admin: Admin,
  missing: TopicDefinition[],
  mode: 'create' | 'check',
  replication: TopicReplication,
): Promise<void> {
  if (mode === 'check') {
    throw new Error(`Kafka topics missing: ${missing.map((topic) => topic.name).join(', ')}`);
  }
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic: topic.name,
        numPartitions: topic.partitions,
        replicationFactor: replication.replicationFactor,
        configEntries: topicConfigOf(topic, replication),
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
export function topicConfigOf(
  topic: TopicDefinition,
  replication: TopicReplication = KAFKA_ENVIRONMENTS.local,
): { name: string; value: string }[] {
  const cleanup = topic.cleanup;
  return [
    { name: 'retention.ms', value: String(topic.retentionMs) },
    { name: 'min.insync.replicas', value: String(replication.minInSyncReplicas) },
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
async function alignConfigs(admin: Admin, topics: TopicDefinition[], replication: TopicReplication): Promise<void> {
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
    topicConfigOf(topic, replication).some(({ name, value }) => actual.get(topic.name)?.get(name) !== value),
  );
  if (drifted.length === 0) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: drifted.map((topic) => ({
      type: ConfigResourceTypes.TOPIC,
      name: topic.name,
      configEntries: topicConfigOf(topic, replication),
    })),
  });
}

/** What a topic on the broker is made of: its partitions' replica counts and its min ISR. */
export interface TopicLayout {
  replicasPerPartition: number[];
  minInSyncReplicas: number | undefined;
}

/** How a topic on the broker differs from the catalogue's partitions and the environment's replication. */
export function layoutMismatches(topic: TopicDefinition, actual: TopicLayout, replication: TopicReplication): string[] {
  const found: string[] = [];
  const partitions = actual.replicasPerPartition.length;
  if (partitions !== topic.partitions) found.push(`${partitions} partitions, not ${topic.partitions}`);
  // More replicas than declared is a partition being moved between brokers (old and new together).
  const fewer = [...new Set(actual.replicasPerPartition.filter((count) => count < replication.replicationFactor))];
  if (fewer.length > 0) found.push(`replication ${fewer.join('/')}, not ${replication.replicationFactor}`);
  if (actual.minInSyncReplicas !== replication.minInSyncReplicas) {
    found.push(`min.insync.replicas ${actual.minInSyncReplicas ?? 'unknown'}, not ${replication.minInSyncReplicas}`);
  }
  return found.map((difference) => `${topic.name}: ${difference}`);
}

/**
 * Production: a topic Strimzi made with other partitions (keys would land elsewhere, consumer
 * replicas would be capped otherwise), fewer replicas or a lower min ISR (an acknowledged write
 * could be lost with one broker) stops start-up, every difference named.
 */
async function checkLayouts(admin: Admin, topics: TopicDefinition[], replication: TopicReplication): Promise<void> {
  const metadata = await admin.fetchTopicMetadata({ topics: topics.map((topic) => topic.name) });
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((topic) => ({
      type: ConfigResourceTypes.TOPIC,
      name: topic.name,
      configNames: ['min.insync.replicas'],
    })),
  });
  const minInSync = new Map(
    resources.map((resource) => [resource.resourceName, resource.configEntries[0]?.configValue]),
  );
  const mismatches = topics.flatMap((topic) =>
    layoutMismatches(
      topic,
      {
        replicasPerPartition:
          metadata.topics.find((found) => found.name === topic.name)?.partitions.map((p) => p.replicas.length) ?? [],
        minInSyncReplicas: minInSync.has(topic.name) ? Number(minInSync.get(topic.name)) : undefined,
      },
      replication,
    ),
  );
  if (mismatches.length > 0) throw new Error(`Kafka topics differ from the catalogue: ${mismatches.join('; ')}`);
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
