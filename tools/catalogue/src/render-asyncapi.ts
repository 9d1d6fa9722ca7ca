import { allTopics, Headers, type ServiceName, type TopicDefinition } from '@pollen/contracts';
import { byText, canonicalSchema, type JsonSchema, SCHEMA_REF_PREFIX, schemasOf } from '@pollen/platform/json-schema';
import { stringify } from 'yaml';

import { envelopeSchemas } from './envelope-schemas';
import {
  deadLetterOf,
  deadLettersOf,
  eventEntries,
  type EventEntry,
  messagesOn,
  requestEntries,
  type RequestEntry,
  topicsInOrder,
  writersOf,
} from './model';

/** The broker `npm start` runs on this machine (profile `dev`, tools/infra). */
export const LOCAL_KAFKA = '127.0.0.1:9092';

/** The id of the one reply message: replies are typed by their request, not by a type of their own. */
export const REPLY_MESSAGE = 'reply';

const KAFKA_BINDING_VERSION = '0.5.0';

type Json = Record<string, unknown>;

/** A JSON pointer segment (RFC 6901). */
const pointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const ref = (path: string) => ({ $ref: path });
const schemaRef = (name: string) => ref(`${SCHEMA_REF_PREFIX}${pointer(name)}`);
const channelRef = (topic: TopicDefinition) => ref(`#/channels/${pointer(topic.name)}`);

function headers(type: JsonSchema, extra: Record<string, JsonSchema> = {}): JsonSchema {
  return {
    type: 'object',
    properties: {
      [Headers.type]: type,
      [Headers.correlationId]: { type: 'string', description: 'The envelope’s correlation id.' },
      ...extra,
    },
  };
}

const keyBinding = (description: string) => ({
  kafka: { key: { type: 'string', description }, bindingVersion: KAFKA_BINDING_VERSION },
});

function eventMessage({ type, definition }: EventEntry): Json {
  const { topic, aggregate } = definition;
  if (definition.tombstone) {
    // No value at all: compaction keeps only the key's last message, so the key's earlier ones go.
    return {
      name: type,
      title: type,
      summary: `${definition.description} The message value is null (a tombstone); the data readers get is \`{ ${aggregate.idField}: <key> }\`.`,
      headers: headers({ type: 'string', const: type }),
      payload: { type: 'null' },
      bindings: keyBinding(topic.key),
      'x-aggregate': { ...aggregate },
      'x-emitted-by': [...definition.emittedBy],
      'x-tombstone': true,
    };
  }
  return {
    name: type,
    title: type,
    summary: definition.description,
    contentType: 'application/json',
    headers: headers({ type: 'string', const: type }),
    payload: {
      allOf: [
        schemaRef('EventEnvelope'),
        {
          type: 'object',
          properties: {
            type: { const: type },
            source: { const: topic.owner },
            subject: {
              type: 'string',
              description: `${topic.key}: the ${aggregate.name}’s id, as data.${aggregate.idField}.`,
            },
            data: schemaRef(definition.data.name),
          },
        },
      ],
    },
    bindings: keyBinding(topic.key),
    'x-aggregate': { ...aggregate },
    'x-emitted-by': [...definition.emittedBy],
  };
}

function requestMessage({ type, definition }: RequestEntry): Json {
  return {
    name: type,
    title: type,
    summary: definition.description,
    contentType: 'application/json',
    headers: headers({ type: 'string', const: type }),
    payload: {
      allOf: [
        schemaRef('RequestEnvelope'),
        {
          type: 'object',
          properties: {
            type: { const: type },
            subject: { type: 'string', description: definition.subject },
            data: schemaRef(definition.data.name),
          },
        },
      ],
    },
    bindings: keyBinding(definition.subject),
    'x-result': definition.result.name,
    'x-answered-by': definition.topic.owner,
  };
}

function replyMessage(): Json {
  return {
    name: REPLY_MESSAGE,
    title: 'Reply',
    summary: 'The answer to one request, on the partition of the gateway instance waiting for it.',
    contentType: 'application/json',
    headers: headers(
      { type: 'string', description: 'The request type followed by `.reply`.' },
      { [Headers.replyInstance]: { type: 'string', description: 'The gateway instance that waits for it.' } },
    ),
    payload: schemaRef('ReplyEnvelope'),
    bindings: keyBinding('the request’s subject'),
  };
}

/** The message ids a topic carries, in catalogue order. */
function messageIdsOn(topic: TopicDefinition): string[] {
  const carried = messagesOn(topic);
  return [
    ...carried.events.map((entry) => entry.type),
    ...carried.requests.map((entry) => entry.type),
    ...(carried.replies ? [REPLY_MESSAGE] : []),
  ];
}

function channel(topic: TopicDefinition): Json {
  const deadLetter = deadLetterOf(topic);
  const dltHeaders = Object.entries(Headers)
    .filter(([name]) => name.startsWith('dlt'))
    .map(([, header]) => `\`${header}\``);
  const description = deadLetter
    ? `${topic.description}. Each message is a copy of the original, with ${dltHeaders.join(', ')} in its headers.`
    : topic.description;
  return {
    address: topic.name,
    description,
    messages: Object.fromEntries(messageIdsOn(topic).map((id) => [id, ref(`#/components/messages/${pointer(id)}`)])),
    bindings: {
      kafka: {
        partitions: topic.partitions,
        topicConfiguration: {
          'cleanup.policy': [topic.cleanup.policy],
          'retention.ms': topic.retentionMs,
          ...(topic.cleanup.policy === 'compact' ? { 'max.compaction.lag.ms': topic.cleanup.maxCompactionLagMs } : {}),
        },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
    'x-key': topic.key,
    'x-kind': topic.kind,
    'x-owner': topic.owner,
    'x-producers': writersOf(topic),
    'x-consumers': [...topic.consumers],
    'x-personal-data': topic.personalData,
    ...(deadLetter
      ? { 'x-dead-letter-of': { topic: deadLetter.source.name, consumer: deadLetter.consumer } }
      : { 'x-dead-letter-topics': deadLettersOf(topic).map((letter) => letter.topic.name) }),
  };
}

function operations(topic: TopicDefinition): [string, Json][] {
  const messages = messageIdsOn(topic).map((id) => ref(`#/channels/${pointer(topic.name)}/messages/${pointer(id)}`));
  const replyTopics = allTopics().filter((candidate) => candidate.kind === 'replies');
  // A requests topic is answered on the replies topic; with several, `replyTo` alone says which.
  const reply =
    topic.kind === 'requests' && replyTopics.length === 1 && !deadLetterOf(topic)
      ? {
          reply: {
            channel: channelRef(replyTopics[0]),
            messages: [ref(`#/channels/${pointer(replyTopics[0].name)}/messages/${REPLY_MESSAGE}`)],
          },
        }
      : {};
  const operation = (service: ServiceName, action: 'send' | 'receive'): [string, Json] => [
    `${service}.${action}.${topic.name}`,
    {
      action,
      channel: channelRef(topic),
      summary: `${service} ${action === 'send' ? 'writes to' : 'reads'} ${topic.name}`,
      messages,
      ...reply,
      'x-service': service,
    },
  ];
  return [
    ...writersOf(topic).map((service) => operation(service, 'send')),
    ...topic.consumers.map((service) => operation(service, 'receive')),
  ];
}

/** The schemas of every message's data and of the envelopes, by name. */
function componentSchemas(): [string, JsonSchema][] {
  const data = schemasOf([...eventEntries(), ...requestEntries()].map((entry) => entry.definition.data));
  const clash = Object.keys(envelopeSchemas).find((name) => data.has(name));
  if (clash) throw new Error(`a data class is named ${clash}, like an envelope schema`);
  return [
    ...data,
    ...Object.entries(envelopeSchemas).map(([name, schema]): [string, JsonSchema] => [name, canonicalSchema(schema)]),
  ].sort(([a], [b]) => byText(a, b));
}

function componentMessages(): [string, Json][] {
  const messages: [string, Json][] = [
    ...eventEntries().map((entry): [string, Json] => [entry.type, eventMessage(entry)]),
    ...requestEntries().map((entry): [string, Json] => [entry.type, requestMessage(entry)]),
    [REPLY_MESSAGE, replyMessage()],
  ];
  const ids = messages.map(([id]) => id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new Error(`two messages are both named ${repeated}: event and request types must differ`);
  return messages;
}

/** The AsyncAPI 3.0 document of the whole platform, as a plain object. */
export function asyncApiDocument(version: string): Json {
  const topics = topicsInOrder();
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Pollen',
      version,
      description:
        'Every Kafka topic of the Pollen platform, the messages on each and which service writes or reads them. ' +
        'Generated from the catalogue in libs/contracts/src/catalogue; docs/events.md says the same in prose.',
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: LOCAL_KAFKA, protocol: 'kafka', description: 'The broker `npm start` runs on this machine.' },
    },
    channels: Object.fromEntries(topics.map((topic) => [topic.name, channel(topic)])),
    operations: Object.fromEntries(topics.flatMap(operations)),
    components: {
      schemas: Object.fromEntries(componentSchemas()),
      messages: Object.fromEntries(componentMessages()),
    },
  };
}

/** docs/asyncapi.yaml. */
export function renderAsyncApi(version: string): string {
  const notice = '# Generated by `npm run docs:catalogue` from libs/contracts/src/catalogue: do not edit by hand.\n';
  return notice + stringify(asyncApiDocument(version), { aliasDuplicateObjects: false, lineWidth: 0 });
}
