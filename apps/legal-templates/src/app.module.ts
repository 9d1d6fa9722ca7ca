import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ConfigModule } from '@pollen/platform/config';
import { HealthModule } from '@pollen/platform/health';
import { KafkaModule, type KafkaModuleOptions } from '@pollen/platform/kafka';
import { LoggingModule } from '@pollen/platform/logging';
import { MongoModule } from '@pollen/platform/mongo';
import { randomUUID } from 'node:crypto';
import { LegalTemplatesConfig } from './config/legal-templates.config';
import { LegalTemplateRequestsConsumer } from './messaging/legal-template-requests.consumer';
import { LegalTemplateRepository } from './repositories/legal-template.repository';
import { LegalTemplateStore } from './repositories/legal-template.store';
import { LEGAL_TEMPLATE_MODEL, legalTemplateSchema } from './schemas/legal-template.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'legal-templates';

export function kafkaOptionsOf(config: LegalTemplatesConfig): KafkaModuleOptions {
  return {
    service: SERVICE,
    brokers: config.KAFKA_BROKERS,
    instanceId: config.POLLEN_INSTANCE_ID ?? randomUUID().slice(0, 8),
    topicsMode: config.KAFKA_TOPICS_MODE,
    profile: config.NODE_ENV === 'production' ? 'production' : 'fast',
  };
}

/** Versioned legal templates (grant agreements, loan contracts, term sheets …): their only writer. */
@Module({})
export class AppModule {
  static register(config: LegalTemplatesConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forValue(config),
        LoggingModule.forRoot({ service: SERVICE, level: config.LOG_LEVEL }),
        HealthModule,
        KafkaModule.forRoot(kafka),
        MongoModule.forRoot({ uri: config.MONGODB_URI, database: config.MONGODB_DATABASE }),
        MongooseModule.forFeature([{ name: LEGAL_TEMPLATE_MODEL, schema: legalTemplateSchema }]),
      ],
      controllers: [LegalTemplateRequestsConsumer],
      providers: [...USE_CASES, { provide: LegalTemplateStore, useClass: LegalTemplateRepository }],
    };
  }
}
