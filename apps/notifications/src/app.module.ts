import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { NotificationsConfig } from './config/notifications.config';
import { ApplicationEventsConsumer } from './messaging/application-events.consumer';
import { MatchEventsConsumer } from './messaging/match-events.consumer';
import { NotificationRequestsConsumer } from './messaging/notification-requests.consumer';
import { NotificationRepository } from './repositories/notification.repository';
import { NotificationStore } from './repositories/notification.store';
import { NOTIFICATION_MODEL, notificationSchema } from './schemas/notification.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'notifications' as const;

export function kafkaOptionsOf(config: NotificationsConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
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
        ...platformModules(config, kafka),
        MongooseModule.forFeature([{ name: NOTIFICATION_MODEL, schema: notificationSchema }]),
      ],
      controllers: [ApplicationEventsConsumer, MatchEventsConsumer, NotificationRequestsConsumer],
      providers: [...USE_CASES, { provide: NotificationStore, useClass: NotificationRepository }],
    };
  }
}
