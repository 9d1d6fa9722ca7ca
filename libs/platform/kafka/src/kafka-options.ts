import type { ServiceName, TopicReplication } from '@pollen/contracts';
import { type ConsumerConfig, type KafkaConfig, logLevel, Partitioners, type ProducerConfig } from 'kafkajs';

import { type KafkaSecurity, kafkaSecurityConfig } from './kafka-security';

export interface KafkaModuleOptions {
  /** The service name: the base of client ids and consumer group ids. */
  service: ServiceName;
  brokers: string[];
  /** SASL/SCRAM credentials and TLS (KAFKA_SASL_*, KAFKA_SSL*); none: plaintext, anonymous. */
  security?: KafkaSecurity;
  /** Tells replicas apart (client ids, request–reply routing). */
  instanceId: string;
  /**
   * create: create missing topics (development, tests); check: fail start-up if one is missing or
   * its partitions, replication or min ISR differ from the catalogue's.
   */
  topicsMode: 'create' | 'check';
  /** The environment's replication (KAFKA_ENVIRONMENTS). */
  replication: TopicReplication;
  /** Tests and development run with short timeouts; production keeps kafkajs' safer defaults. */
  profile: 'fast' | 'production';
  /** A request with less time than this before its deadline is not started (no write begins that its caller has given up on). */
  requestSafetyMarginMs: number;
}

export const KAFKA_OPTIONS = Symbol('KAFKA_OPTIONS');

/** The one place that configures kafkajs for every service. */
export function kafkaClientConfig(options: KafkaModuleOptions, role: string): KafkaConfig {
  const fast = options.profile === 'fast';
  return {
    clientId: `${options.service}-${role}-${options.instanceId}`,
    brokers: options.brokers,
    ...kafkaSecurityConfig(options.security),
    connectionTimeout: fast ? 3000 : 10_000,
    requestTimeout: fast ? 10_000 : 30_000,
    retry: { initialRetryTime: 100, maxRetryTime: fast ? 2000 : 30_000, retries: fast ? 5 : 8 },
    logLevel: logLevel.WARN,
  };
}

export function consumerConfig(options: KafkaModuleOptions, groupId: string): ConsumerConfig {
  const fast = options.profile === 'fast';
  return {
    groupId,
    sessionTimeout: fast ? 6000 : 30_000,
    heartbeatInterval: fast ? 1000 : 3000,
    rebalanceTimeout: fast ? 10_000 : 60_000,
    maxWaitTimeInMs: fast ? 100 : 500,
    allowAutoTopicCreation: false,
    retry: {
      initialRetryTime: 100,
      maxRetryTime: fast ? 2000 : 30_000,
      retries: fast ? 5 : 10,
      // kafkajs gives up for good on some errors after a broker restart ("Failed to find group
      // coordinator"): a consumer that stops for good stops the service, so it always restarts.
      restartOnFailure: async () => true,
    },
  };
}

export function producerConfig(): ProducerConfig {
  return {
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    // One in-flight request keeps the order of sends to one partition even when kafkajs retries.
    maxInFlightRequests: 1,
  };
}
