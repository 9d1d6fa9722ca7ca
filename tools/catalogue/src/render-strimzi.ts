import { allTopics, KAFKA_ENVIRONMENTS, kafkaUserOf, SERVICE_NAMES, type ServiceName } from '@pollen/contracts';
import { topicConfigOf } from '@pollen/platform/kafka';
import { stringify } from 'yaml';

import { topicsInOrder, writersOf } from './model';

/** Every topic of the catalogue starts so (a spec checks it). */
export const TOPIC_PREFIX = 'pollen.';

/** The Strimzi `Kafka` resource the topics and users belong to. */
export const KAFKA_CLUSTER = 'pollen';

const HEADER = (what: string) =>
  `# ${what}, generated from libs/contracts by \`npm run docs:catalogue\`: do not edit.\n` +
  '# tools/catalogue/test/generated-docs.spec.ts fails when it differs from the catalogue.\n';

const metadataOf = (name: string) => ({ name, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER } });

const documents = (header: string, resources: object[]) =>
  header + resources.map((resource) => stringify(resource, { lineWidth: 0 })).join('---\n');

/** A `KafkaTopic` per topic of the catalogue, dead-letter topics included, with production's replication. */
export function renderKafkaTopics(): string {
  const replication = KAFKA_ENVIRONMENTS.production;
  return documents(
    HEADER('Every Kafka topic of the platform, as Strimzi KafkaTopic resources'),
    topicsInOrder().map((topic) => ({
      apiVersion: 'kafka.strimzi.io/v1beta2',
      kind: 'KafkaTopic',
      metadata: metadataOf(topic.name),
      spec: {
        topicName: topic.name,
        partitions: topic.partitions,
        replicas: replication.replicationFactor,
        config: Object.fromEntries(topicConfigOf(topic, replication).map(({ name, value }) => [name, value])),
      },
    })),
  );
}

/** One ACL of a Strimzi `KafkaUser` (`simple` authorization). */
export interface KafkaAcl {
  resource: { type: 'topic' | 'group'; name: string; patternType: 'literal' | 'prefix' };
  operations: ('Read' | 'Write' | 'Describe' | 'DescribeConfigs' | 'Delete')[];
}

/**
 * What one service may do on Kafka, from the catalogue: read the topics it consumes, write those
 * it writes (its events and dead letters, the requests it sends, the replies it gives), use its
 * own consumer groups (`<service>` and `<service>-…`), and see every platform topic's layout and
 * configuration (each service checks them all at start). The operations service also reads every
 * group's offsets, for the status's lag. Nothing else: a service cannot write another's events,
 * nor a reply anywhere but the replies topic.
 */
export function aclsOf(service: ServiceName): KafkaAcl[] {
  const topics = allTopics();
  const reads = topics.filter((topic) => (topic.consumers as readonly string[]).includes(service));
  const writes = topics.filter((topic) => writersOf(topic).includes(service));
  return [
    ...reads.map((topic): KafkaAcl => ({ resource: literalTopic(topic.name), operations: ['Read'] })),
    ...writes.map((topic): KafkaAcl => ({ resource: literalTopic(topic.name), operations: ['Write'] })),
    {
      resource: { type: 'topic', name: TOPIC_PREFIX, patternType: 'prefix' },
      operations: ['Describe', 'DescribeConfigs'],
    },
    // `<service>` (events), then `<service>-requests`, `<service>-dead-letters`, the gateway's
    // `-replies-…`, and followers' `<service>-<purpose>-…`, which they delete when they stop.
    { resource: { type: 'group', name: service, patternType: 'literal' }, operations: ['Read', 'Describe'] },
    {
      resource: { type: 'group', name: `${service}-`, patternType: 'prefix' },
      operations: ['Read', 'Describe', 'Delete'],
    },
    ...(service === 'operations'
      ? [{ resource: { type: 'group', name: '*', patternType: 'literal' }, operations: ['Describe'] } as KafkaAcl]
      : []),
  ];
}

const literalTopic = (name: string): KafkaAcl['resource'] => ({ type: 'topic', name, patternType: 'literal' });

/** A `KafkaUser` per service: SCRAM-SHA-512 credentials (Strimzi makes the Secret) and its ACLs. */
export function renderKafkaUsers(): string {
  return documents(
    HEADER("Each service's Kafka user and what it may do, as Strimzi KafkaUser resources"),
    SERVICE_NAMES.map((service) => ({
      apiVersion: 'kafka.strimzi.io/v1beta2',
      kind: 'KafkaUser',
      metadata: metadataOf(kafkaUserOf(service)),
      spec: {
        authentication: { type: 'scram-sha-512' },
        authorization: { type: 'simple', acls: aclsOf(service) },
      },
    })),
  );
}
