/**
 * Every Kafka topic, declared once (partitions, retention). Development and tests create them from
 * this list; production checks at start-up that they exist (Strimzi KafkaTopic resources own them).
 * Names carry a version: a breaking change to a topic's contract is a new topic.
 */
export interface TopicDefinition {
  name: string;
  partitions: number;
  /** -1 keeps messages forever. */
  retentionMs: number;
  description: string;
}

const DAY = 24 * 60 * 60 * 1000;

const topic = (name: string, partitions: number, retentionMs: number, description: string): TopicDefinition => ({
  name,
  partitions,
  retentionMs,
  description,
});

/** Where a consumer group sends what it could not process. One per consumed topic. */
export const deadLetterTopicOf = (source: TopicDefinition): TopicDefinition =>
  topic(`${source.name}.dlt`, 1, 30 * DAY, `Dead letters of ${source.name}, with the reason in headers`);

/** The largest number of gateway replicas the reply topic is sized for (see the request–reply ADR). */
export const MAX_GATEWAY_REPLICAS = 12;

export const Topics = {
  applicationRequests: topic(
    'pollen.applications.requests.v1',
    6,
    1 * DAY,
    'Requests from the gateway to the applications service, keyed by application or programme id',
  ),
  gatewayReplies: topic(
    'pollen.gateway.replies.v1',
    MAX_GATEWAY_REPLICAS,
    1 * DAY,
    'Replies to gateway requests, sent to the partition of the waiting gateway instance',
  ),
  accountEvents: topic(
    'pollen.gateway.account-events.v1',
    6,
    -1,
    'Every event of the Account aggregate (account.*), keyed by account id; owned by the gateway',
  ),
  programmeEvents: topic(
    'pollen.applications.programme-events.v1',
    3,
    -1,
    'Every event of the Programme aggregate (programme.*), keyed by programme id',
  ),
  applicationEvents: topic(
    'pollen.applications.application-events.v1',
    6,
    -1,
    'Every event of the Application aggregate (application.*), keyed by application id',
  ),
  notificationRequests: topic(
    'pollen.notifications.requests.v1',
    6,
    1 * DAY,
    'Requests from the gateway to the notifications service, keyed by recipient id',
  ),
  legalTemplateRequests: topic(
    'pollen.legal-templates.requests.v1',
    6,
    1 * DAY,
    'Requests from the gateway to the legal-templates service, keyed by the caller or the template',
  ),
} as const;

export type TopicKey = keyof typeof Topics;

/** All topics the platform needs, dead-letter topics included. */
export const allTopics = (): TopicDefinition[] => {
  const main = Object.values(Topics);
  const consumed = [
    Topics.applicationRequests,
    Topics.applicationEvents,
    Topics.notificationRequests,
    Topics.legalTemplateRequests,
  ];
  return [...main, ...consumed.map(deadLetterTopicOf)];
};
