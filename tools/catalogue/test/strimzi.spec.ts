import { allTopics, KAFKA_ENVIRONMENTS, SERVICE_NAMES, Topics } from '@pollen/contracts';
import { parseAllDocuments } from 'yaml';

import { writersOf } from '../src/model';
import { aclsOf, renderKafkaTopics, renderKafkaUsers, TOPIC_PREFIX } from '../src/render-strimzi';

/** SERVICE_NAMES' order. */
const byOrder = (a: string, b: string) => SERVICE_NAMES.indexOf(a as never) - SERVICE_NAMES.indexOf(b as never);

const resources = (text: string) =>
  parseAllDocuments(text).map((document) => document.toJS()) as {
    kind: string;
    metadata: { name: string; labels: Record<string, string> };
    spec: Record<string, unknown>;
  }[];

/** The operations a service's ACLs grant on one topic. */
const grantedOn = (service: (typeof SERVICE_NAMES)[number], topic: string): string[] =>
  aclsOf(service)
    .filter(
      ({ resource }) => resource.type === 'topic' && resource.patternType === 'literal' && resource.name === topic,
    )
    .flatMap((acl) => acl.operations);

describe('the Strimzi resources generated from the catalogue', () => {
  it('declare every topic once, with its partitions, production’s replication and its configuration', () => {
    const topics = resources(renderKafkaTopics());

    expect(topics.map((topic) => topic.metadata.name).sort()).toEqual(
      allTopics()
        .map((topic) => topic.name)
        .sort(),
    );
    const contacts = topics.find((topic) => topic.metadata.name === Topics.accountContacts.name);
    expect(contacts).toMatchObject({
      kind: 'KafkaTopic',
      metadata: { labels: { 'strimzi.io/cluster': 'pollen' } },
      spec: {
        partitions: Topics.accountContacts.partitions,
        replicas: KAFKA_ENVIRONMENTS.production.replicationFactor,
        config: { 'cleanup.policy': 'compact', 'min.insync.replicas': '2', 'max.compaction.lag.ms': '86400000' },
      },
    });
  });

  it('give each service a SCRAM user', () => {
    const users = resources(renderKafkaUsers());

    expect(users.map((user) => user.metadata.name)).toEqual(SERVICE_NAMES.map((service) => `pollen-${service}`));
    for (const user of users) expect(user.spec['authentication']).toEqual({ type: 'scram-sha-512' });
  });

  it('let a service read what it consumes and write what it owns, and nothing of another’s', () => {
    // The gateway sends requests and reads their replies; it cannot publish another service's events.
    expect(grantedOn('gateway', Topics.applicationRequests.name)).toEqual(['Write']);
    expect(grantedOn('gateway', Topics.gatewayReplies.name)).toEqual(['Read']);
    expect(grantedOn('gateway', Topics.applicationEvents.name)).toEqual([]);
    // Applications answers its requests (reads them, writes the replies) and publishes its events.
    expect(grantedOn('applications', Topics.gatewayReplies.name)).toEqual(['Write']);
    expect(grantedOn('applications', Topics.applicationEvents.name)).toEqual(['Write']);
    // Applications sends itself the settling of a budget hold (`senders`); nobody else but the
    // gateway sends a request, so nobody else can act as an operator there.
    expect(grantedOn('applications', Topics.applicationRequests.name)).toEqual(['Read', 'Write']);
    for (const service of SERVICE_NAMES.filter((name) => name !== 'gateway')) {
      expect({ service, granted: grantedOn(service, Topics.matchingRequests.name) }).not.toEqual({
        service,
        granted: expect.arrayContaining(['Write']),
      });
    }
    // Every consumer of a topic may read it; only its writers may write it.
    for (const topic of allTopics()) {
      for (const consumer of topic.consumers) expect(grantedOn(consumer, topic.name)).toContain('Read');
      const writers = SERVICE_NAMES.filter((service) => grantedOn(service, topic.name).includes('Write'));
      expect({ topic: topic.name, writers }).toEqual({
        topic: topic.name,
        writers: [...writersOf(topic)].sort(byOrder),
      });
    }
  });

  it('let each service use only consumer groups named after it; operations reads every group’s offsets', () => {
    expect(allTopics().filter((topic) => !topic.name.startsWith(TOPIC_PREFIX))).toEqual([]);
    for (const service of SERVICE_NAMES) {
      const groups = aclsOf(service).filter(({ resource }) => resource.type === 'group');
      expect(groups).toEqual(
        expect.arrayContaining([
          { resource: { type: 'group', name: service, patternType: 'literal' }, operations: ['Read', 'Describe'] },
          {
            resource: { type: 'group', name: `${service}-`, patternType: 'prefix' },
            operations: ['Read', 'Describe', 'Delete'],
          },
        ]),
      );
      const everyGroup = groups.some(({ resource }) => resource.name === '*');
      expect({ service, everyGroup }).toEqual({ service, everyGroup: service === 'operations' });
    }
  });
});
