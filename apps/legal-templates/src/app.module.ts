import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { LegalTemplatesConfig } from './config/legal-templates.config';
import { LegalTemplateRequestsConsumer } from './messaging/legal-template-requests.consumer';
import { LegalTemplateRepository } from './repositories/legal-template.repository';
import { LegalTemplateStore } from './repositories/legal-template.store';
import { LEGAL_TEMPLATE_MODEL, legalTemplateSchema } from './schemas/legal-template.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'legal-templates' as const;

export function kafkaOptionsOf(config: LegalTemplatesConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
}

/** Versioned legal templates (grant agreements, loan contracts, term sheets …): their only writer. */
@Module({})
export class AppModule {
  static register(config: LegalTemplatesConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, kafka),
        MongooseModule.forFeature([{ name: LEGAL_TEMPLATE_MODEL, schema: legalTemplateSchema }]),
      ],
      controllers: [LegalTemplateRequestsConsumer],
      providers: [...USE_CASES, { provide: LegalTemplateStore, useClass: LegalTemplateRepository }],
    };
  }
}
