import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ConfigModule } from '@pollen/platform/config';
import { HealthModule } from '@pollen/platform/health';
import { KafkaModule, type KafkaModuleOptions } from '@pollen/platform/kafka';
import { LoggingModule } from '@pollen/platform/logging';
import { MongoModule } from '@pollen/platform/mongo';
import { randomUUID } from 'node:crypto';
import { MatchingConfig } from './config/matching.config';
import { ApplicationEventsConsumer } from './messaging/application-events.consumer';
import { ApplicationProjectionRepository } from './repositories/application-projection.repository';
import { ApplicationProjectionStore } from './repositories/application-projection.store';
import { APPLICATION_PROJECTION_MODEL, applicationProjectionSchema } from './schemas/application-projection.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'matching';

export function kafkaOptionsOf(config: MatchingConfig): KafkaModuleOptions {
  return {
    service: SERVICE,
    brokers: config.KAFKA_BROKERS,
    instanceId: config.POLLEN_INSTANCE_ID ?? randomUUID().slice(0, 8),
    topicsMode: config.KAFKA_TOPICS_MODE,
    profile: config.NODE_ENV === 'production' ? 'production' : 'fast',
  };
}

/**
 * Matches applications with investors. For now it keeps its own projection of applications, fed by
 * `application.*` events: the facts matching needs, and no more personal data than that.
 */
@Module({})
export class AppModule {
  static register(config: MatchingConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forValue(config),
        LoggingModule.forRoot({ service: SERVICE, level: config.LOG_LEVEL }),
        HealthModule,
        KafkaModule.forRoot(kafka),
        MongoModule.forRoot({ uri: config.MONGODB_URI, database: config.MONGODB_DATABASE }),
        MongooseModule.forFeature([{ name: APPLICATION_PROJECTION_MODEL, schema: applicationProjectionSchema }]),
      ],
      controllers: [ApplicationEventsConsumer],
      providers: [...USE_CASES, { provide: ApplicationProjectionStore, useClass: ApplicationProjectionRepository }],
    };
  }
}
