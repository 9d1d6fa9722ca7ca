import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ConfigModule } from '@pollen/platform/config';
import { HealthModule } from '@pollen/platform/health';
import { KafkaModule, type KafkaModuleOptions } from '@pollen/platform/kafka';
import { LoggingModule } from '@pollen/platform/logging';
import { MongoModule } from '@pollen/platform/mongo';
import { randomUUID } from 'node:crypto';
import { ApplicationsConfig } from './config/applications.config';
import { ApplicationRequestsConsumer } from './messaging/application-requests.consumer';
import { ApplicationRepository } from './repositories/application.repository';
import { ApplicationStore } from './repositories/application.store';
import { ProgrammeRepository } from './repositories/programme.repository';
import { ProgrammeStore } from './repositories/programme.store';
import { APPLICATION_MODEL, applicationSchema } from './schemas/application.schema';
import { PROGRAMME_MODEL, programmeSchema } from './schemas/programme.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'applications';

export function kafkaOptionsOf(config: ApplicationsConfig): KafkaModuleOptions {
  return {
    service: SERVICE,
    brokers: config.KAFKA_BROKERS,
    instanceId: config.POLLEN_INSTANCE_ID ?? randomUUID().slice(0, 8),
    topicsMode: config.KAFKA_TOPICS_MODE,
    profile: config.NODE_ENV === 'production' ? 'production' : 'fast',
  };
}

/** Programmes and applications: their only writer, and the source of `application.*` events. */
@Module({})
export class AppModule {
  static register(config: ApplicationsConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forValue(config),
        LoggingModule.forRoot({ service: SERVICE, level: config.LOG_LEVEL }),
        HealthModule,
        KafkaModule.forRoot(kafka),
        MongoModule.forRoot({ uri: config.MONGODB_URI, database: config.MONGODB_DATABASE }),
        MongooseModule.forFeature([
          { name: APPLICATION_MODEL, schema: applicationSchema },
          { name: PROGRAMME_MODEL, schema: programmeSchema },
        ]),
      ],
      controllers: [ApplicationRequestsConsumer],
      providers: [
        ...USE_CASES,
        { provide: ApplicationStore, useClass: ApplicationRepository },
        { provide: ProgrammeStore, useClass: ProgrammeRepository },
      ],
    };
  }
}
