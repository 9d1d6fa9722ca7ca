import {
  allTopics,
  deadLetteredTopics,
  deadLetterTopicOf,
  type EventDefinition,
  Events,
  type RequestDefinition,
  Requests,
  type ServiceName,
  type TopicDefinition,
} from '@pollen/contracts';

/**
 * What the documents say about the catalogue beyond what it declares in so many words: who writes
 * each topic, which dead-letter topic collects what, which message travels where. Everything is
 * derived from the catalogue, in its own order.
 */

export interface EventEntry {
  type: string;
  definition: EventDefinition;
}

export interface RequestEntry {
  type: string;
  definition: RequestDefinition;
}

export interface DeadLetter {
  topic: TopicDefinition;
  source: TopicDefinition;
  consumer: ServiceName;
}

/** `emittedBy` may name an HTTP route of the gateway instead of a request type. */
export const HTTP_ROUTE = /^(GET|POST|PUT|PATCH|DELETE) \/\S*$/;

const unique = <T>(items: T[]): T[] => [...new Set(items)];

export const eventEntries = (): EventEntry[] =>
  Object.entries(Events).map(([type, definition]): EventEntry => ({ type, definition }));

export const requestEntries = (): RequestEntry[] =>
  Object.entries(Requests).map(([type, definition]): RequestEntry => ({ type, definition }));

/** Every dead-letter topic, with the topic and the consumer it collects failures of. */
export const deadLetters = (): DeadLetter[] =>
  deadLetteredTopics().flatMap((source) =>
    source.consumers.map((consumer): DeadLetter => ({ topic: deadLetterTopicOf(source, consumer), source, consumer })),
  );

export const deadLettersOf = (topic: TopicDefinition): DeadLetter[] =>
  deadLetters().filter((deadLetter) => deadLetter.source.name === topic.name);

/** What this topic is the dead-letter topic of, if it is one. */
export const deadLetterOf = (topic: TopicDefinition): DeadLetter | undefined =>
  deadLetters().find((deadLetter) => deadLetter.topic.name === topic.name);

/** The services that send requests: the ones reading a replies topic, since they wait for the answers. */
export const requesters = (): ServiceName[] =>
  unique(allTopics().flatMap((topic) => (topic.kind === 'replies' ? topic.consumers : [])));

/** The services that answer requests, so write replies: the owners of requests topics. */
export const responders = (): ServiceName[] =>
  unique(allTopics().flatMap((topic) => (topic.kind === 'requests' ? [topic.owner] : [])));

/** Who sends a request: the services it names, else the requesters (the gateway). */
export const sendersOf = (request: RequestDefinition): readonly ServiceName[] => request.senders ?? requesters();

/**
 * Who writes to a topic: the owner of an events, dead-letters or coordination topic, the senders of a requests topic's requests
 * (the requesters, the gateway, unless a request names others), the responders of replies.
 */
export function writersOf(topic: TopicDefinition): ServiceName[] {
  switch (topic.kind) {
    case 'events':
    case 'dead-letters':
    case 'coordination':
      return [topic.owner];
    case 'requests':
      return unique(
        requestEntries()
          .filter((entry) => entry.definition.topic.name === topic.name)
          .flatMap((entry) => sendersOf(entry.definition)),
      );
    case 'replies':
      return responders();
  }
}

/** What travels on a topic; a dead-letter topic carries copies of its source topic's messages. */
export function messagesOn(topic: TopicDefinition): {
  events: EventEntry[];
  requests: RequestEntry[];
  replies: boolean;
} {
  const carried = deadLetterOf(topic)?.source ?? topic;
  return {
    events: eventEntries().filter((entry) => entry.definition.topic.name === carried.name),
    requests: requestEntries().filter((entry) => entry.definition.topic.name === carried.name),
    replies: carried.kind === 'replies',
  };
}

/** The events whose handling of this request emits them. */
export const eventsEmittedBy = (requestType: string): EventEntry[] =>
  eventEntries().filter((entry) => entry.definition.emittedBy.includes(requestType));

/** The topics of the platform in catalogue order, each dead-letter topic right after its source. */
export function topicsInOrder(): TopicDefinition[] {
  const letters = deadLetters();
  const placed = new Set(letters.map((deadLetter) => deadLetter.topic.name));
  return allTopics()
    .filter((topic) => !placed.has(topic.name))
    .flatMap((topic) => [topic, ...letters.filter((l) => l.source.name === topic.name).map((l) => l.topic)]);
}
