import type { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { loadConfig, type ServiceEnv } from '@pollen/platform/config';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { startService } from '@pollen/platform/service';
import type { Connection } from 'mongoose';

import { waitUntilReady } from './service-harness';
import { testInfrastructure, uniqueName } from './test-infrastructure';

/**
 * A service's real AppModule, in-process and booted as in production, on the real test Kafka and
 * a fresh database of its own (or `database`, to start a second replica beside a first); resolves
 * once it is ready (database, Kafka, consumers).
 */
export async function startServiceUnderTest<C extends ServiceEnv>(service: {
  name: string;
  config: new () => C;
  kafkaOptions: (config: C) => KafkaModuleOptions;
  module: (config: C, kafka: KafkaModuleOptions) => unknown;
  database?: string;
  /** Variables of this service only (shorter retries for a test, say), over the environment's. */
  env?: Record<string, string>;
}): Promise<{ app: INestApplication; db: Connection }> {
  testInfrastructure();
  const config = loadConfig(service.config, {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    MANAGEMENT_PORT: '0',
    LOG_LEVEL: 'warn',
    MONGODB_DATABASE: service.database ?? uniqueName(`test-${service.name}`),
    POLLEN_INSTANCE_ID: uniqueName(service.name),
    ...service.env,
  });
  const kafka = service.kafkaOptions(config);
  const app = await startService(service.module(config, kafka), { port: 0, consumer: kafka });
  await waitUntilReady(app);
  return { app, db: app.get<Connection>(getConnectionToken()) };
}
