import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ConfigModule } from '@pollen/platform/config';
import { HealthModule } from '@pollen/platform/health';
import { KafkaModule, type KafkaModuleOptions } from '@pollen/platform/kafka';
import { LoggingModule } from '@pollen/platform/logging';
import { MongoModule } from '@pollen/platform/mongo';
import { randomUUID } from 'node:crypto';
import { NotificationsConfig } from './config/notifications.config';
import { ApplicationEventsConsumer } from './messaging/application-events.consumer';
import { NotificationRequestsConsumer } from './messaging/notification-requests.consumer';
import { NotificationRepository } from './repositories/notification.repository';
import { NotificationStore } from './repositories/notification.store';
import { NOTIFICATION_MODEL, notificationSchema } from './schemas/notification.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'notifications';

export function kafkaOptionsOf(config: NotificationsConfig): KafkaModuleOptions {
  return {
    service: SERVICE,
    brokers: config.KAFKA_BROKERS,
    instanceId: config.POLLEN_INSTANCE_ID ?? randomUUID().slice(0, 8),
    topicsMode: config.KAFKA_TOPICS_MODE,
    profile: config.NODE_ENV === 'production' ? 'production' : 'fast',
  };
}

/**
 * Tells people what happened: turns the events they should hear about into notifications (for
 * now the in-app inbox) and answers the gateway's questions about them.
 */
@Module({})
export class AppModule {
  static register(config: NotificationsConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forValue(config),
        LoggingModule.forRoot({ service: SERVICE, level: config.LOG_LEVEL }),
        HealthModule,
        KafkaModule.forRoot(kafka),
        MongoModule.forRoot({ uri: config.MONGODB_URI, database: config.MONGODB_DATABASE }),
        MongooseModule.forFeature([{ name: NOTIFICATION_MODEL, schema: notificationSchema }]),
      ],
      controllers: [ApplicationEventsConsumer, NotificationRequestsConsumer],
      providers: [...USE_CASES, { provide: NotificationStore, useClass: NotificationRepository }],
    };
  }
}
