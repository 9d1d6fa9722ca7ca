import type { ServiceName } from '../messaging/envelope';

/** A class whose instances are a message's data (class-validator decorators) or a reply's result. */
export type DataClass<T extends object = object> = new () => T;

/**
 * What a topic carries: requests to its owner (the gateway writes, the owner answers), events of
 * its owner's aggregates, replies to the gateway, what one consumer could not process, or the
 * coordination of its owner's replicas (which one relays the outboxes).
 */
export type TopicKind = 'requests' | 'events' | 'replies' | 'dead-letters' | 'coordination';

export interface TopicDefinition<
  TName extends string = string,
  TOwner extends ServiceName = ServiceName,
  TConsumers extends readonly ServiceName[] = readonly ServiceName[],
  TKind extends TopicKind = TopicKind,
> {
  name: TName;
  kind: TKind;
  partitions: number;
  /** -1 keeps messages forever. */
  retentionMs: number;
  /** `compact` keeps the last message of each key; `max.compaction.lag.ms` bounds how long an old one lingers. */
  cleanup: { policy: 'delete' } | { policy: 'compact'; maxCompactionLagMs: number };
  /** What the message key is: every message of one key lands on one partition, in order. */
  key: string;
  /** The only service that writes to it (for requests: the one that answers them). */
  owner: TOwner;
  /** The services that read it, each in its own consumer group. */
  consumers: TConsumers;
  /** Personal data may only sit on compacted or short-retention topics, so it can be erased. */
  personalData: boolean;
  description: string;
}

/** The longest retention a topic with personal data may have unless it is compacted. */
export const PERSONAL_DATA_MAX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

export const defineTopic = <
  const TName extends string,
  const TOwner extends ServiceName,
  const TConsumers extends readonly ServiceName[],
  const TKind extends TopicKind,
>(
  topic: TopicDefinition<TName, TOwner, TConsumers, TKind>,
): TopicDefinition<TName, TOwner, TConsumers, TKind> => topic;

/** One request type: where it goes, what it carries (validated on arrival), what it answers. */
export interface RequestDefinition<
  TTopic extends TopicDefinition = TopicDefinition,
  TData extends object = object,
  TResult extends object = object,
> {
  topic: TTopic;
  data: DataClass<TData>;
  result: DataClass<TResult>;
  /** What the message key (the request's subject) is. */
  subject: string;
  description: string;
  /**
   * Who sends it when not the gateway (for its callers): a service asking the aggregate's writer
   * itself, without waiting for the answer (RequestSender). Its Kafka user may write the topic.
   */
  senders?: readonly ServiceName[];
}

export const defineRequest = <const TTopic extends TopicDefinition, TData extends object, TResult extends object>(
  request: RequestDefinition<TTopic, TData, TResult>,
): RequestDefinition<TTopic, TData, TResult> => request;

/** An aggregate: the thing whose id keys its events, and the data field that repeats that id. */
export interface AggregateDefinition {
  name: string;
  idField: string;
  owner: ServiceName;
}

/** One event type: the fact it states, on which topic, about which aggregate, with what data. */
export interface EventDefinition<TTopic extends TopicDefinition = TopicDefinition, TData extends object = object> {
  topic: TTopic;
  aggregate: AggregateDefinition;
  data: DataClass<TData>;
  /** The request types whose handling emits it (documentation, checked against the request catalogue). */
  emittedBy: readonly string[];
  /**
   * A tombstone, on a compacted topic: the relay sends the aggregate id as key and no value, so
   * compaction removes every earlier message of the key; consumers get `data` = `{ [idField]: key }`.
   */
  tombstone?: true;
  description: string;
}

export const defineEvent = <const TTopic extends TopicDefinition, TData extends object>(
  event: EventDefinition<TTopic, TData>,
): EventDefinition<TTopic, TData> => event;
