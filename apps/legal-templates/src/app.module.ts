import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import {
  ACCOUNT_LOCALE_MODEL,
  AccountLocaleRepository,
  accountLocaleSchema,
  AccountLocaleStore,
  erasureLogModel,
  erasureLogProvider,
} from '@pollen/platform/mongo';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { LegalTemplatesConfig } from './config/legal-templates.config';
import { AccountEventsConsumer } from './messaging/account-events.consumer';
import { ApplicationEventsConsumer } from './messaging/application-events.consumer';
import { InvestorOrganisationsConsumer } from './messaging/investor-organisations.consumer';
import { LegalTemplateRequestsConsumer } from './messaging/legal-template-requests.consumer';
import { LibraryAtStart } from './messaging/library-at-start';
import { MatchEventsConsumer } from './messaging/match-events.consumer';
import { ProgrammeEventsConsumer } from './messaging/programme-events.consumer';
import { DealFactsRepository } from './repositories/deal-facts.repository';
import { DealFactsStore } from './repositories/deal-facts.store';
import { DocumentFileRepository, DocumentRepository } from './repositories/document.repository';
import { DocumentFileStore, DocumentStore } from './repositories/document.store';
import { TemplateVersionRepository } from './repositories/template-version.repository';
import { TemplateVersionStore } from './repositories/template-version.store';
import { RetentionSweep } from './retention/retention-sweep';
import {
  DEAL_APPLICATION_MODEL,
  DEAL_INVESTOR_MODEL,
  DEAL_PROGRAMME_MODEL,
  dealApplicationSchema,
  dealInvestorSchema,
  dealProgrammeSchema,
  INTRODUCTION_MODEL,
  introductionSchema,
} from './schemas/deal-facts.schema';
import { DOCUMENT_FILE_MODEL, DOCUMENT_MODEL, documentFileSchema, documentSchema } from './schemas/document.schema';
import { TEMPLATE_VERSION_MODEL, templateVersionSchema } from './schemas/template-version.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'legal-templates' as const;

export function kafkaOptionsOf(config: LegalTemplatesConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
}

/**
 * Versioned legal templates (grant agreements, loan contracts, term sheets …) and the documents
 * made from them, by operators or by a deal's steps: an introduction, a funded decision. It keeps
 * its own projections of programmes, applications, introductions and accounts' languages for them.
 * On an account's erasure it deletes what is not an agreement and keeps signed ones, reduced, for
 * as long as the law asks (RetentionSweep deletes them then).
 */
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
          { name: DEAL_PROGRAMME_MODEL, schema: dealProgrammeSchema },
          { name: DEAL_APPLICATION_MODEL, schema: dealApplicationSchema },
          { name: DEAL_INVESTOR_MODEL, schema: dealInvestorSchema },
          { name: INTRODUCTION_MODEL, schema: introductionSchema },
          { name: ACCOUNT_LOCALE_MODEL, schema: accountLocaleSchema },
          erasureLogModel,
        ]),
      ],
      controllers: [
        LegalTemplateRequestsConsumer,
        ProgrammeEventsConsumer,
        ApplicationEventsConsumer,
        InvestorOrganisationsConsumer,
        MatchEventsConsumer,
        AccountEventsConsumer,
      ],
      providers: [
        ...USE_CASES,
        { provide: TemplateVersionStore, useClass: TemplateVersionRepository },
        { provide: DocumentStore, useClass: DocumentRepository },
        { provide: DocumentFileStore, useClass: DocumentFileRepository },
        { provide: DealFactsStore, useClass: DealFactsRepository },
        { provide: AccountLocaleStore, useClass: AccountLocaleRepository },
        erasureLogProvider,
        LibraryAtStart,
        RetentionSweep,
      ],
    };
  }
}
