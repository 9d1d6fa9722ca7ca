import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { LegalTemplatesConfig } from './config/legal-templates.config';
import { LegalTemplateRequestsConsumer } from './messaging/legal-template-requests.consumer';
import { LibraryAtStart } from './messaging/library-at-start';
import { DocumentFileRepository, DocumentRepository } from './repositories/document.repository';
import { DocumentFileStore, DocumentStore } from './repositories/document.store';
import { TemplateVersionRepository } from './repositories/template-version.repository';
import { TemplateVersionStore } from './repositories/template-version.store';
import { DOCUMENT_FILE_MODEL, DOCUMENT_MODEL, documentFileSchema, documentSchema } from './schemas/document.schema';
import { TEMPLATE_VERSION_MODEL, templateVersionSchema } from './schemas/template-version.schema';
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
        MongooseModule.forFeature([
          { name: TEMPLATE_VERSION_MODEL, schema: templateVersionSchema },
          { name: DOCUMENT_MODEL, schema: documentSchema },
          { name: DOCUMENT_FILE_MODEL, schema: documentFileSchema },
        ]),
      ],
      controllers: [LegalTemplateRequestsConsumer],
      providers: [
        ...USE_CASES,
        { provide: TemplateVersionStore, useClass: TemplateVersionRepository },
        { provide: DocumentStore, useClass: DocumentRepository },
        { provide: DocumentFileStore, useClass: DocumentFileRepository },
        LibraryAtStart,
      ],
    };
  }
}
