import { KAFKA_ENVIRONMENTS, Topics } from '@pollen/contracts';

import { layoutMismatches, topicConfigOf } from './topic-admin';

describe('a topic’s layout against the catalogue', () => {
  const topic = Topics.applicationEvents;
  const sixPartitions = (replicas: number) => Array.from({ length: 6 }, () => replicas);

  it('finds nothing when partitions, replication and min ISR are as declared', () => {
    expect(
      layoutMismatches(
        topic,
        { replicasPerPartition: sixPartitions(3), minInSyncReplicas: 2 },
        KAFKA_ENVIRONMENTS.production,
      ),
    ).toEqual([]);
  });

  it('names every difference: partitions, a partition with fewer replicas, min ISR (one being moved has more)', () => {
    expect(
      layoutMismatches(topic, { replicasPerPartition: [3, 4, 2], minInSyncReplicas: 1 }, KAFKA_ENVIRONMENTS.production),
    ).toEqual([
      `${topic.name}: 3 partitions, not 6`,
      `${topic.name}: replication 2, not 3`,
      `${topic.name}: min.insync.replicas 1, not 2`,
    ]);
  });

  it('declares the environment’s min ISR with the rest of the topic’s configuration', () => {
    expect(topicConfigOf(topic, KAFKA_ENVIRONMENTS.production)).toContainEqual({
      name: 'min.insync.replicas',
      value: '2',
    });
    expect(topicConfigOf(topic)).toContainEqual({ name: 'min.insync.replicas', value: '1' });
  });
});
