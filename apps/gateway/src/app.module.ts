import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@pollen/platform/config';
import { HealthModule } from '@pollen/platform/health';
import { KafkaModule } from '@pollen/platform/kafka';
import { LoggingModule } from '@pollen/platform/logging';
import { MongoModule } from '@pollen/platform/mongo';
import { ApplicationsController } from './applications/applications.controller';
import { GatewayConfig } from './config/gateway.config';

export const SERVICE = 'gateway';

/** The only public HTTP entry: accounts, validation, problem+json, and requests to the owners. */
@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forValue(config),
        LoggingModule.forRoot({ service: SERVICE, level: config.LOG_LEVEL }),
        HealthModule,
        KafkaModule.forRoot({
          service: SERVICE,
          brokers: config.KAFKA_BROKERS,
          instanceId: config.POLLEN_INSTANCE_ID ?? randomUUID().slice(0, 8),
          topicsMode: config.KAFKA_TOPICS_MODE,
          profile: config.NODE_ENV === 'production' ? 'production' : 'fast',
          requestReply: { timeoutMs: config.REQUEST_TIMEOUT_MS },
        }),
        MongoModule.forRoot({ uri: config.MONGODB_URI, database: config.MONGODB_DATABASE }),
      ],
      controllers: [ApplicationsController],
    };
  }
}
