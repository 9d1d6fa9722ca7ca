import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { erasureLogModel, erasureLogProvider } from '@pollen/platform/mongo';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { ApplicationsConfig } from './config/applications.config';
import { AccountEventsConsumer } from './messaging/account-events.consumer';
import { ApplicationRequestsConsumer } from './messaging/application-requests.consumer';
import { BudgetSettler } from './messaging/budget-settler';
import { BudgetSweepSchedule } from './messaging/budget-sweep.schedule';
import { DeadlineReviewAtStart } from './messaging/deadline-review.at-start';
import { DocumentEventsConsumer } from './messaging/document-events.consumer';
import { KafkaBudgetSettler } from './messaging/kafka-budget-settler';
import { MatchEventsConsumer } from './messaging/match-events.consumer';
import { RetentionSweepSchedule } from './messaging/retention-sweep.schedule';
import { ApplicationRepository } from './repositories/application.repository';
import { ApplicationStore } from './repositories/application.store';
import { ProgrammeRepository } from './repositories/programme.repository';
import { ProgrammeStore } from './repositories/programme.store';
import { APPLICATION_MODEL, applicationSchema } from './schemas/application.schema';
import { PROGRAMME_MODEL, programmeSchema } from './schemas/programme.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'applications' as const;

export function kafkaOptionsOf(config: ApplicationsConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
}

/**
 * Programmes and applications: their only writer, and the source of `application.*` events. It
 * follows `match.introduced`, which puts an application in discussion, and accounts' erasures.
 */
@Module({})
export class AppModule {
  static register(config: ApplicationsConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, kafka),
        MongooseModule.forFeature([
          { name: APPLICATION_MODEL, schema: applicationSchema },
          { name: PROGRAMME_MODEL, schema: programmeSchema },
          erasureLogModel,
        ]),
      ],
      controllers: [ApplicationRequestsConsumer, MatchEventsConsumer, DocumentEventsConsumer, AccountEventsConsumer],
      providers: [
        ...USE_CASES,
        { provide: ApplicationStore, useClass: ApplicationRepository },
        { provide: ProgrammeStore, useClass: ProgrammeRepository },
        DeadlineReviewAtStart,
        { provide: BudgetSettler, useClass: KafkaBudgetSettler },
        BudgetSweepSchedule,
        RetentionSweepSchedule,
        erasureLogProvider,
      ],
    };
  }
}
