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

import { MatchingConfig } from './config/matching.config';
import { AccountEventsConsumer } from './messaging/account-events.consumer';
import { ApplicationEventsConsumer } from './messaging/application-events.consumer';
import { InvestorEventsConsumer } from './messaging/investor-events.consumer';
import { LiveThesisIndex } from './messaging/live-thesis-index';
import { MatchingRequestsConsumer } from './messaging/matching-requests.consumer';
import { OrganisationsAtStart } from './messaging/organisations-at-start';
import { ApplicationProjectionRepository } from './repositories/application-projection.repository';
import { ApplicationProjectionStore } from './repositories/application-projection.store';
import { InvestorRepository } from './repositories/investor.repository';
import { InvestorStore } from './repositories/investor.store';
import { MatchRepository } from './repositories/match.repository';
import { MatchStore } from './repositories/match.store';
import { ThesisCandidates } from './repositories/thesis-candidates';
import { APPLICATION_PROJECTION_MODEL, applicationProjectionSchema } from './schemas/application-projection.schema';
import { INVESTOR_MODEL, investorSchema } from './schemas/investor.schema';
import { MATCH_MODEL, matchSchema } from './schemas/match.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'matching' as const;

export function kafkaOptionsOf(config: MatchingConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
}

/**
 * Matches applications with investors (docs/matching.md). It keeps its own projection of
 * applications, fed by `application.*` events: the facts matching needs, and no more personal data
 * than that; its investors, with each replica's index of their theses; and the matches.
 */
@Module({})
export class AppModule {
  static register(config: MatchingConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, kafka),
        MongooseModule.forFeature([
          { name: APPLICATION_PROJECTION_MODEL, schema: applicationProjectionSchema },
          { name: INVESTOR_MODEL, schema: investorSchema },
          { name: MATCH_MODEL, schema: matchSchema },
          { name: ACCOUNT_LOCALE_MODEL, schema: accountLocaleSchema },
          erasureLogModel,
        ]),
      ],
      controllers: [ApplicationEventsConsumer, MatchingRequestsConsumer, AccountEventsConsumer, InvestorEventsConsumer],
      providers: [
        ...USE_CASES,
        LiveThesisIndex,
        OrganisationsAtStart,
        { provide: ThesisCandidates, useExisting: LiveThesisIndex },
        { provide: ApplicationProjectionStore, useClass: ApplicationProjectionRepository },
        { provide: InvestorStore, useClass: InvestorRepository },
        { provide: MatchStore, useClass: MatchRepository },
        { provide: AccountLocaleStore, useClass: AccountLocaleRepository },
        erasureLogProvider,
      ],
    };
  }
}
