import { PERSONAL_DATA_MAX_RETENTION_MS, type TopicDefinition } from '../catalogue/define';
import { Events } from '../catalogue/events';
import { Requests } from '../catalogue/requests';
import { allTopics } from '../catalogue/topics';
import { SERVICES } from '../messaging/envelope';
import { ErasureEvents, ErasureTopics } from './erasure-topics';

const DAY = 24 * 60 * 60 * 1000;

/** Whether the broker removes a topic's messages within `ms` (retention -1 keeps them forever). */
const deletedWithin = (topic: TopicDefinition, ms: number): boolean => topic.retentionMs > 0 && topic.retentionMs <= ms;

const names = (topics: TopicDefinition[]): string[] => topics.map((topic) => topic.name);

describe('personal data on Kafka (RGPD art. 17: every copy can be erased)', () => {
  it('keeps personal data only where it goes away: compacted (tombstones erase it) or kept 7 days at most', () => {
    const erasable = (topic: TopicDefinition) =>
      topic.cleanup.policy === 'compact'
        ? topic.cleanup.maxCompactionLagMs <= PERSONAL_DATA_MAX_RETENTION_MS
        : deletedWithin(topic, PERSONAL_DATA_MAX_RETENTION_MS);

    expect(names(allTopics().filter((topic) => topic.personalData && !erasable(topic)))).toEqual([]);
  });

  it('names no one on a topic that keeps its messages past 30 days without compaction', () => {
    // A compacted topic keeps each key's last message for good, and a tombstone of the key erases it.
    const keptLong = allTopics().filter(
      (topic) => topic.cleanup.policy === 'delete' && !deletedWithin(topic, 30 * DAY),
    );

    expect(keptLong.length).toBeGreaterThan(0);
    expect(names(keptLong.filter((topic) => topic.personalData))).toEqual([]);
  });

  it('puts tombstones only on compacted topics, where they erase their key', () => {
    const tombstones = Object.entries(Events).filter(([, event]) => 'tombstone' in event && event.tombstone);

    expect(tombstones.map(([type]) => type)).toEqual(
      expect.arrayContaining([
        'account.contact-erased',
        'introduction.contacts-erased',
        'investor.organisation-erased',
      ]),
    );
    expect(tombstones.filter(([, event]) => event.topic.cleanup.policy !== 'compact').map(([type]) => type)).toEqual(
      [],
    );
  });

  it('gives every service an erasure topic and its erasure-completed event', () => {
    for (const { name } of SERVICES) {
      const topic = ErasureTopics[name];
      const event = ErasureEvents[`${name}.erasure-completed`];

      expect(topic).toMatchObject({ name: `pollen.${name}.erasure-events.v1`, owner: name, personalData: false });
      expect(allTopics()).toContainEqual(topic);
      expect(event.topic).toBe(topic);
      expect(Events).toHaveProperty([`${name}.erasure-completed`], event);
    }
  });

  it('makes every service that answers requests answer the export of a person’s data', () => {
    const answering = new Set(
      allTopics()
        .filter((topic) => topic.kind === 'requests')
        .map((topic) => topic.owner),
    );

    expect(answering.size).toBeGreaterThan(0);
    for (const service of answering) {
      expect(Requests).toHaveProperty([`${service}.export-personal-data`]);
    }
  });
});
