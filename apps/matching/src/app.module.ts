import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { MatchingConfig } from './config/matching.config';
import { ApplicationEventsConsumer } from './messaging/application-events.consumer';
import { ApplicationProjectionRepository } from './repositories/application-projection.repository';
import { ApplicationProjectionStore } from './repositories/application-projection.store';
import { APPLICATION_PROJECTION_MODEL, applicationProjectionSchema } from './schemas/application-projection.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'matching' as const;

export function kafkaOptionsOf(config: MatchingConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
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
        ...platformModules(config, kafka),
        MongooseModule.forFeature([{ name: APPLICATION_PROJECTION_MODEL, schema: applicationProjectionSchema }]),
      ],
      controllers: [ApplicationEventsConsumer],
      providers: [...USE_CASES, { provide: ApplicationProjectionStore, useClass: ApplicationProjectionRepository }],
    };
  }
}
