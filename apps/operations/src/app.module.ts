import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { erasureLogModel, erasureLogProvider } from '@pollen/platform/mongo';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { OperationsConfig } from './config/operations.config';
import { AccountEventsConsumer } from './messaging/account-events.consumer';
import { DeadLettersConsumer } from './messaging/dead-letters.consumer';
import { ERASURE_EVENTS_CONSUMERS } from './messaging/erasure-events.consumers';
import { HEARTBEAT_CONSUMERS } from './messaging/heartbeat.consumers';
import { KafkaConsumerLag } from './messaging/kafka-consumer-lag';
import { OperationsRequestsConsumer } from './messaging/operations-requests.consumer';
import { RetentionSchedule } from './messaging/retention.schedule';
import { TIMELINE_CONSUMERS } from './messaging/timeline.consumers';
import { ConsumerLagReader } from './repositories/consumer-lag.reader';
import { DeadLetterRepository } from './repositories/dead-letter.repository';
import { DeadLetterStore } from './repositories/dead-letter.store';
import { ErasureProgressRepository } from './repositories/erasure-progress.repository';
import { ErasureProgressStore } from './repositories/erasure-progress.store';
import { InstanceRepository } from './repositories/instance.repository';
import { InstanceStore } from './repositories/instance.store';
import { TimelineRepository } from './repositories/timeline.repository';
import { TimelineStore } from './repositories/timeline.store';
import { DEAD_LETTER_MODEL, deadLetterSchema } from './schemas/dead-letter.schema';
import { ERASURE_CONFIRMATION_MODEL, erasureConfirmationSchema } from './schemas/erasure-confirmation.schema';
import { ERASURE_REQUEST_MODEL, erasureRequestSchema } from './schemas/erasure-request.schema';
import { INSTANCE_MODEL, instanceSchema } from './schemas/instance.schema';
import { TIMELINE_ENTRY_MODEL, timelineEntrySchema } from './schemas/timeline-entry.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'operations' as const;

export function kafkaOptionsOf(config: OperationsConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
}

/**
 * Owns the dead letters of every consumer (lists them for operators and has their owners replay
 * them, expiring those of personal-data topics past their retention) and the progress of every
 * erasure (each service's confirmation, shown to the receipt's holder), the platform's status
 * (heartbeats, lag, delivery failures) and each application's timeline of events.
 */
@Module({})
export class AppModule {
  static register(config: OperationsConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, kafka),
        MongooseModule.forFeature([
          { name: DEAD_LETTER_MODEL, schema: deadLetterSchema },
          { name: ERASURE_REQUEST_MODEL, schema: erasureRequestSchema },
          { name: ERASURE_CONFIRMATION_MODEL, schema: erasureConfirmationSchema },
          { name: INSTANCE_MODEL, schema: instanceSchema },
          { name: TIMELINE_ENTRY_MODEL, schema: timelineEntrySchema },
          erasureLogModel,
        ]),
      ],
      controllers: [
        DeadLettersConsumer,
        OperationsRequestsConsumer,
        AccountEventsConsumer,
        ...ERASURE_EVENTS_CONSUMERS,
        ...HEARTBEAT_CONSUMERS,
        ...TIMELINE_CONSUMERS,
      ],
      providers: [
        ...USE_CASES,
        { provide: DeadLetterStore, useClass: DeadLetterRepository },
        { provide: ErasureProgressStore, useClass: ErasureProgressRepository },
        { provide: InstanceStore, useClass: InstanceRepository },
        { provide: TimelineStore, useClass: TimelineRepository },
        { provide: ConsumerLagReader, useClass: KafkaConsumerLag },
        erasureLogProvider,
        RetentionSchedule,
      ],
    };
  }
}
