import { randomUUID } from 'node:crypto';

import type { DynamicModule, Type } from '@nestjs/common';
import { KAFKA_ENVIRONMENTS, type ServiceName } from '@pollen/contracts';
import { ConfigModule, type ServiceEnv } from '@pollen/platform/config';
import { HealthModule } from '@pollen/platform/health';
import { KafkaModule, type KafkaModuleOptions, type KafkaModuleSetup, kafkaSecurityOf } from '@pollen/platform/kafka';
import { LoggingModule } from '@pollen/platform/logging';
import { MongoModule } from '@pollen/platform/mongo';

import { HeartbeatModule } from './heartbeat';
import { ManagementModule } from './management-server';

/** How a service joins Kafka, from its validated configuration. */
export function serviceKafkaOptions(service: ServiceName, config: ServiceEnv): KafkaModuleOptions {
  return {
    service,
    brokers: config.KAFKA_BROKERS,
    security: kafkaSecurityOf(config),
    // Always a random suffix: two replicas given the same id (a copied manifest) would share a
    // reply partition and read each other's replies.
    instanceId: `${config.POLLEN_INSTANCE_ID ?? service}-${randomUUID().slice(0, 8)}`,
    topicsMode: config.KAFKA_TOPICS_MODE,
    replication:
      KAFKA_ENVIRONMENTS[config.KAFKA_ENVIRONMENT ?? (config.KAFKA_TOPICS_MODE === 'check' ? 'production' : 'local')],
    profile: config.NODE_ENV === 'production' ? 'production' : 'fast',
    requestSafetyMarginMs: config.REQUEST_SAFETY_MARGIN_MS,
  };
}

/**
 * The plumbing every service imports: its configuration, logs, health (on the management port),
 * Kafka, its own database and its heartbeat.
 */
export function platformModules(config: ServiceEnv, kafka: KafkaModuleSetup): (DynamicModule | Type)[] {
  return [
    ConfigModule.forValue(config),
    LoggingModule.forRoot({ service: kafka.service, level: config.LOG_LEVEL, format: config.LOG_FORMAT }),
    HealthModule,
    ManagementModule,
    KafkaModule.forRoot(kafka),
    MongoModule.forRoot({ uri: config.MONGODB_URI, database: config.MONGODB_DATABASE }),
    HeartbeatModule,
  ];
}
