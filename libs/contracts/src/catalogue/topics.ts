import { SERVICE_NAMES, type ServiceName } from '../messaging/envelope';
import { HeartbeatTopics } from '../operations/heartbeats';
import { ErasureTopics } from '../personal-data/erasure-topics';
import { defineTopic, PERSONAL_DATA_MAX_RETENTION_MS, type TopicDefinition } from './define';
import { RelayTopics } from './relay-topics';

/**
 * Every Kafka topic, declared once. Development and tests create them from here; production checks
 * at start-up that they exist (Strimzi KafkaTopic resources own them). Names carry a version: a
 * breaking change to a topic's contract is a new topic (docs/adr/0008-application-events-v2.md).
 */
const DAY = 24 * 60 * 60 * 1000;

/**
 * How many copies of each partition the brokers keep, and how many must hold a write before it is
 * acknowledged (producers wait for every in-sync replica), per environment: one broker on a laptop
 * and in tests; three brokers in production (Strimzi), where a write survives the loss of one.
 * The same for every topic, beside its partitions; production start-up checks both.
 */
export const KAFKA_ENVIRONMENTS = {
  local: { replicationFactor: 1, minInSyncReplicas: 1 },
  production: { replicationFactor: 3, minInSyncReplicas: 2 },
} as const satisfies Record<string, TopicReplication>;

export type KafkaEnvironment = keyof typeof KAFKA_ENVIRONMENTS;

export interface TopicReplication {
  replicationFactor: number;
  minInSyncReplicas: number;
}

/** The largest number of gateway replicas the reply topic is sized for (see the request–reply ADR). */
export const MAX_GATEWAY_REPLICAS = 12;

export const Topics = {
  applicationRequests: defineTopic({
    name: 'pollen.applications.requests.v1',
    kind: 'requests',
    partitions: 6,
    retentionMs: 1 * DAY,
    cleanup: { policy: 'delete' },
    key: 'application id, or programme id (random for reads that change nothing)',
    owner: 'applications',
    consumers: ['applications'],
    personalData: false,
    description: 'Requests from the gateway to the applications service about programmes and applications',
  }),
  notificationRequests: defineTopic({
    name: 'pollen.notifications.requests.v1',
    kind: 'requests',
    partitions: 6,
    retentionMs: 1 * DAY,
    cleanup: { policy: 'delete' },
    key: 'recipient account id',
    owner: 'notifications',
    consumers: ['notifications'],
    // A webhook's address may name its owner.
    personalData: true,
    description: 'Requests from the gateway to the notifications service',
  }),
  legalTemplateRequests: defineTopic({
    name: 'pollen.legal-templates.requests.v1',
    kind: 'requests',
    partitions: 6,
    retentionMs: 1 * DAY,
    cleanup: { policy: 'delete' },
    key: 'caller account id, template key, document id or application id',
    owner: 'legal-templates',
    consumers: ['legal-templates'],
    // A signature carries the signer's name, capacity, address and browser.
    personalData: true,
    description: 'Requests from the gateway to the legal-templates service',
  }),
  operationsRequests: defineTopic({
    name: 'pollen.operations.requests.v1',
    kind: 'requests',
    partitions: 6,
    retentionMs: 1 * DAY,
    cleanup: { policy: 'delete' },
    key: 'dead-letter id (random for reads that change nothing)',
    owner: 'operations',
    consumers: ['operations'],
    personalData: false,
    description: 'Requests from the gateway to the operations service about dead letters',
  }),
  matchingRequests: defineTopic({
    name: 'pollen.matching.requests.v1',
    kind: 'requests',
    partitions: 6,
    retentionMs: 1 * DAY,
    cleanup: { policy: 'delete' },
    key: 'investor account id, or match id (random for reads that change nothing)',
    owner: 'matching',
    consumers: ['matching'],
    // A profile patch carries the investor's contact details; an acceptance, the applicant's.
    personalData: true,
    description:
      'Requests from the gateway to the matching service about investors, their deal-flow and the applicants’ answers',
  }),
  gatewayReplies: defineTopic({
    name: 'pollen.gateway.replies.v1',
    kind: 'replies',
    partitions: MAX_GATEWAY_REPLICAS,
    retentionMs: 1 * DAY,
    cleanup: { policy: 'delete' },
    key: 'the request subject; the partition is the waiting gateway instance’s own',
    // Every service writes replies here; the gateway reads them. It is the one shared destination.
    owner: 'gateway',
    consumers: ['gateway'],
    // Answers show people their own data (an account's export, a profile's contact): kept a day.
    personalData: true,
    description: 'Replies to gateway requests, each on the partition of the gateway instance that waits for it',
  }),
  accountEvents: defineTopic({
    name: 'pollen.gateway.account-events.v2',
    kind: 'events',
    partitions: 6,
    retentionMs: -1,
    // Kept forever, so it names no one: names and addresses travel on the compacted contacts topic
    // (v1 carried display names; docs/adr/0016-personal-data-and-erasure.md says what became of it).
    cleanup: { policy: 'delete' },
    key: 'account id',
    owner: 'gateway',
    // Every service erases what it holds about an account when asked here (account.erasure-requested),
    // and confirms it: a new service reads it too, or its erasures would never complete.
    consumers: SERVICE_NAMES,
    personalData: false,
    description: 'Events of the Account aggregate (account.*): registrations, languages and erasure requests',
  }),
  accountContacts: defineTopic({
    name: 'pollen.gateway.account-contacts.v1',
    kind: 'events',
    partitions: 6,
    retentionMs: -1,
    // E-mail addresses and names: compaction keeps each account's current contact only, and a
    // tombstone of the account id erases it for good (docs/adr/0014-account-contacts-topic.md).
    cleanup: { policy: 'compact', maxCompactionLagMs: 1 * DAY },
    key: 'account id',
    owner: 'gateway',
    consumers: ['notifications'],
    personalData: true,
    description: "Each account's current contact (account.contact-changed), one message per account",
  }),
  programmeEvents: defineTopic({
    name: 'pollen.applications.programme-events.v1',
    kind: 'events',
    partitions: 3,
    retentionMs: -1,
    cleanup: { policy: 'delete' },
    key: 'programme id',
    owner: 'applications',
    consumers: ['legal-templates', 'operations'],
    personalData: false,
    description: 'Events of the Programme aggregate (programme.*)',
  }),
  applicationEvents: defineTopic({
    name: 'pollen.applications.application-events.v2',
    kind: 'events',
    partitions: 6,
    retentionMs: -1,
    cleanup: { policy: 'delete' },
    key: 'application id',
    owner: 'applications',
    // Operations indexes every event about an application for its timeline (as for the next three).
    consumers: ['matching', 'notifications', 'legal-templates', 'operations'],
    // Organisations, projects and amounts: no natural person is named (owners are account ids).
    personalData: false,
    description: 'Events of the Application aggregate (application.*), one fact per event',
  }),
  replayRequests: defineTopic({
    name: 'pollen.operations.replay-requests.v1',
    kind: 'events',
    partitions: 3,
    // A replay carries a copy of the original message, which may hold personal data.
    retentionMs: PERSONAL_DATA_MAX_RETENTION_MS,
    cleanup: { policy: 'delete' },
    key: 'the original message key',
    owner: 'operations',
    // Every service that consumes events, hence owns event dead letters (a test checks the list).
    consumers: ['matching', 'notifications', 'gateway', 'applications', 'legal-templates', 'operations'],
    personalData: true,
    description: 'Replays an operator asked for: the service that dead-lettered the message runs it again (ADR 0012)',
  }),
  investorEvents: defineTopic({
    name: 'pollen.matching.investor-events.v1',
    kind: 'events',
    partitions: 3,
    retentionMs: -1,
    cleanup: { policy: 'delete' },
    key: 'investor account id',
    owner: 'matching',
    consumers: ['gateway', 'matching', 'notifications'],
    // Kinds, theses and vetting decisions: the organisation, whose name may be a business angel's
    // own, travels on investorOrganisations, which erasure tombstones.
    personalData: false,
    description: 'Events of the Investor aggregate (investor.*) but its organisation',
  }),
  investorOrganisations: defineTopic({
    name: 'pollen.matching.investor-organisations.v1',
    kind: 'events',
    partitions: 3,
    retentionMs: -1,
    // A business angel's organisation is often their own name: a tombstone of the investor id erases it.
    cleanup: { policy: 'compact', maxCompactionLagMs: 1 * DAY },
    key: 'investor account id',
    owner: 'matching',
    consumers: ['notifications', 'legal-templates'],
    personalData: true,
    description:
      "Each investor's organisation as their profile states it (investor.organisation-*), one message per investor",
  }),
  matchEvents: defineTopic({
    name: 'pollen.matching.match-events.v1',
    kind: 'events',
    partitions: 3,
    retentionMs: -1,
    cleanup: { policy: 'delete' },
    key: 'match id',
    owner: 'matching',
    consumers: ['applications', 'notifications', 'legal-templates', 'operations'],
    personalData: false,
    description: 'Events of the Match aggregate (match.*)',
  }),
  documentEvents: defineTopic({
    name: 'pollen.legal-templates.document-events.v1',
    kind: 'events',
    partitions: 3,
    retentionMs: -1,
    cleanup: { policy: 'delete' },
    key: 'document id',
    owner: 'legal-templates',
    consumers: ['applications', 'notifications', 'operations'],
    // Templates, applications and hashes: the names in a document stay in its files.
    personalData: false,
    description: 'Events of the Document aggregate (document.*)',
  }),
  introductionContacts: defineTopic({
    name: 'pollen.matching.introduction-contacts.v1',
    kind: 'events',
    partitions: 3,
    retentionMs: -1,
    // Names, e-mails and phones: compaction lets a tombstone of the match id erase them for good.
    cleanup: { policy: 'compact', maxCompactionLagMs: 1 * DAY },
    key: 'match id',
    owner: 'matching',
    consumers: ['notifications'],
    personalData: true,
    description: 'The contacts exchanged at each introduction (introduction.*), one message per match',
  }),
  notificationEvents: defineTopic({
    name: 'pollen.notifications.notification-events.v1',
    kind: 'events',
    partitions: 3,
    retentionMs: -1,
    cleanup: { policy: 'delete' },
    key: 'notification id',
    owner: 'notifications',
    // Operations indexes them (timelines) and counts the failures (status).
    consumers: ['operations'],
    // Kinds, channels and account ids: never an address or a message's text.
    personalData: false,
    description: 'What became of each notification sent outside the platform (notification.*): its delivery log',
  }),
} as const satisfies Record<string, TopicDefinition>;

export type TopicName = (typeof Topics)[keyof typeof Topics]['name'];

/** The service that owns the dead letters and has them replayed (ADR 0012). */
export const DEAD_LETTER_KEEPER = 'operations' satisfies ServiceName;

/**
 * Where one consumer of a topic sends what it could not process. Each consumer owns its own, so
 * only it ever writes there: its dead letters and, after a replay, the replay's outcome
 * (`ops.replay-completed`, ADR 0012). The operations service reads them all. It holds copies of
 * the original messages, so it lives no longer than they may when they carry personal data.
 */
export const deadLetterTopicOf = (
  source: Pick<TopicDefinition, 'name' | 'personalData'>,
  consumer: ServiceName,
): TopicDefinition => ({
  name: `${source.name}.${consumer}.dlt`,
  kind: 'dead-letters',
  partitions: 1,
  retentionMs: source.personalData ? PERSONAL_DATA_MAX_RETENTION_MS : 30 * DAY,
  cleanup: { policy: 'delete' },
  key: 'the original message key',
  owner: consumer,
  consumers: [DEAD_LETTER_KEEPER],
  personalData: source.personalData,
  description: `What ${consumer} could not process from ${source.name}, with the reason in headers, and the outcomes of its replays`,
});

/** Every topic declared here or derived from the list of services (each one's erasure confirmations). */
export const declaredTopics = (): TopicDefinition[] => [
  ...Object.values(Topics),
  ...Object.values(ErasureTopics),
  ...Object.values(HeartbeatTopics),
  ...Object.values(RelayTopics),
];

/**
 * Declared topics whose consumers may dead-letter what they read: requests and events (a reply or
 * a relay's wake-up is never dead-lettered).
 */
export const deadLetteredTopics = (): TopicDefinition[] =>
  declaredTopics().filter(
    (topic) => topic.consumers.length > 0 && (topic.kind === 'requests' || topic.kind === 'events'),
  );

/**
 * Every dead-letter topic: one per consumer of a dead-lettered topic, and one per events topic for
 * its owner, where its outbox relay reports events the broker keeps refusing (kind `outbox`).
 */
export const deadLetterTopics = (): TopicDefinition[] => {
  const consumers = deadLetteredTopics().flatMap((topic) =>
    topic.consumers.map((consumer) => deadLetterTopicOf(topic, consumer)),
  );
  const owners = declaredTopics()
    .filter((topic) => topic.kind === 'events')
    .map((topic) => deadLetterTopicOf(topic, topic.owner));
  const names = new Set(consumers.map((topic) => topic.name));
  return [...consumers, ...owners.filter((topic) => !names.has(topic.name))];
};

/** Topics some service reads, dead-letter topics included (replies are read by the gateway alone). */
export const consumedTopics = (): TopicDefinition[] => [...deadLetteredTopics(), ...deadLetterTopics()];

/** The topic declared (or derived, for dead letters) under this name, if any. */
export const topicNamed = (name: string): TopicDefinition | undefined =>
  allTopics().find((topic) => topic.name === name);

/** All topics the platform needs, dead-letter topics included. */
export const allTopics = (): TopicDefinition[] => [...declaredTopics(), ...deadLetterTopics()];
