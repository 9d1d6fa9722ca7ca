import { kafkaUserOf, SERVICES } from '../services';

/**
 * Every message on Kafka is an envelope (docs/architecture.md, "Topics and the message catalogue"). `id` is the idempotency key;
 * `subject` is the aggregate id and also the Kafka message key, so all messages of one aggregate
 * land on one partition, in order.
 */
export interface EnvelopeBase<TType extends string = string, TData = unknown> {
  id: string;
  type: TType;
  version: number;
  occurredAt: string;
  source: ServiceName;
  subject: string;
  correlationId: string;
  causationId?: string;
  data: TData;
}

/** A domain event: a fact about an aggregate at `aggregateVersion`. */
export interface EventEnvelope<TType extends string = string, TData = unknown> extends EnvelopeBase<TType, TData> {
  aggregateVersion: number;
}

/** Who asks: carried by every request from the gateway, so services scope what they do by owner. */
export interface Actor {
  id: string;
  roles: Role[];
}

export const ROLES = ['applicant', 'investor', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A service acting for itself, on a request the catalogue lets it send (`senders`): no person, no
 * role. The one actor a request may carry unsigned (ADR 0018).
 */
export const systemActorOf = (service: ServiceName): Actor => ({ id: service, roles: [] });

/** Every service, in the order `npm start` starts them (libs/contracts/src/services.js is the list). */
export { kafkaUserOf, SERVICES };
export type ServiceName = (typeof SERVICES)[number]['name'];
export const SERVICE_NAMES: readonly ServiceName[] = SERVICES.map((service) => service.name);

const serviceNamed = (name: ServiceName) => {
  const service = SERVICES.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`unknown service "${name}"`);
  return service;
};

/** The port a service's API listens on unless PORT says otherwise (its config class's default). */
export const servicePort = (name: ServiceName): number => serviceNamed(name).port;

/** The port of its health and metrics unless MANAGEMENT_PORT says otherwise. */
export const managementPort = (name: ServiceName): number => serviceNamed(name).managementPort;

/** Kafka header names shared by every producer and consumer. */
export const Headers = {
  correlationId: 'pollen-correlation-id',
  type: 'pollen-type',
  traceparent: 'traceparent',
  /** Request–reply: which gateway instance waits for the reply. */
  replyInstance: 'pollen-reply-instance',
  /** Dead letters: why, from where, after how many attempts. */
  dltReason: 'pollen-dlt-reason',
  dltError: 'pollen-dlt-error',
  dltTopic: 'pollen-dlt-original-topic',
  dltPartition: 'pollen-dlt-original-partition',
  dltOffset: 'pollen-dlt-original-offset',
  dltAttempts: 'pollen-dlt-attempts',
  dltGroup: 'pollen-dlt-consumer-group',
  /** When the first attempt failed; `dltAt` is when the message was set aside (the last failure). */
  dltFirstAt: 'pollen-dlt-first-failed-at',
  dltAt: 'pollen-dlt-at',
} as const;
