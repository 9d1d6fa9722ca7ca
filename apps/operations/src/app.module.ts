import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { OperationsConfig } from './config/operations.config';
import { DeadLettersConsumer } from './messaging/dead-letters.consumer';
import { OperationsRequestsConsumer } from './messaging/operations-requests.consumer';
import { DeadLetterRepository } from './repositories/dead-letter.repository';
import { DeadLetterStore } from './repositories/dead-letter.store';
import { DEAD_LETTER_MODEL, deadLetterSchema } from './schemas/dead-letter.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'operations' as const;

export function kafkaOptionsOf(config: OperationsConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
}

/** Owns the dead letters of every consumer: lists them for operators and has their owners replay them. */
@Module({})
export class AppModule {
  static register(config: OperationsConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, kafka),
        MongooseModule.forFeature([{ name: DEAD_LETTER_MODEL, schema: deadLetterSchema }]),
      ],
      controllers: [DeadLettersConsumer, OperationsRequestsConsumer],
      providers: [...USE_CASES, { provide: DeadLetterStore, useClass: DeadLetterRepository }],
    };
  }
}
