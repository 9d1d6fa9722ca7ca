import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { NotificationsConfig } from './config/notifications.config';
import { EmailDispatcher } from './delivery/email-dispatcher';
import { Mailer } from './mail/mailer';
import { SmtpMailer } from './mail/smtp-mailer';
import { AccountContactsConsumer } from './messaging/account-contacts.consumer';
import { AccountEventsConsumer } from './messaging/account-events.consumer';
import { ApplicationEventsConsumer } from './messaging/application-events.consumer';
import { DocumentEventsConsumer } from './messaging/document-events.consumer';
import { IntroductionContactsConsumer } from './messaging/introduction-contacts.consumer';
import { InvestorEventsConsumer } from './messaging/investor-events.consumer';
import { MatchEventsConsumer } from './messaging/match-events.consumer';
import { NotificationRequestsConsumer } from './messaging/notification-requests.consumer';
import { DeliveryRepository } from './repositories/delivery.repository';
import { DeliveryStore } from './repositories/delivery.store';
import { DirectoryRepository } from './repositories/directory.repository';
import { DirectoryStore } from './repositories/directory.store';
import { NotificationRepository } from './repositories/notification.repository';
import { NotificationStore } from './repositories/notification.store';
import {
  DELIVERY_ATTEMPT_MODEL,
  DELIVERY_MODEL,
  deliveryAttemptSchema,
  deliverySchema,
} from './schemas/delivery.schema';
import {
  APPLICATION_SUMMARY_MODEL,
  applicationSummarySchema,
  INTRODUCTION_CONTACTS_MODEL,
  introductionContactsSchema,
  INVESTOR_SUMMARY_MODEL,
  investorSummarySchema,
  RECIPIENT_MODEL,
  recipientSchema,
} from './schemas/directory.schema';
import { NOTIFICATION_MODEL, notificationSchema } from './schemas/notification.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'notifications' as const;

export function kafkaOptionsOf(config: NotificationsConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
}

/**
 * Tells people what happened: turns the events they should hear about into notifications — in the
 * in-app inbox, and by e-mail through the SMTP relay with a delivery log — from its own directory
 * of recipients, and answers the gateway's questions about them.
 */
@Module({})
export class AppModule {
  static register(config: NotificationsConfig, kafka: KafkaModuleOptions = kafkaOptionsOf(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, kafka),
        MongooseModule.forFeature([
          { name: NOTIFICATION_MODEL, schema: notificationSchema },
          { name: DELIVERY_MODEL, schema: deliverySchema },
          { name: DELIVERY_ATTEMPT_MODEL, schema: deliveryAttemptSchema },
          { name: RECIPIENT_MODEL, schema: recipientSchema },
          { name: APPLICATION_SUMMARY_MODEL, schema: applicationSummarySchema },
          { name: INVESTOR_SUMMARY_MODEL, schema: investorSummarySchema },
          { name: INTRODUCTION_CONTACTS_MODEL, schema: introductionContactsSchema },
        ]),
      ],
      controllers: [
        AccountContactsConsumer,
        AccountEventsConsumer,
        ApplicationEventsConsumer,
        InvestorEventsConsumer,
        MatchEventsConsumer,
        IntroductionContactsConsumer,
        DocumentEventsConsumer,
        NotificationRequestsConsumer,
      ],
      providers: [
        ...USE_CASES,
        EmailDispatcher,
        { provide: NotificationStore, useClass: NotificationRepository },
        { provide: DeliveryStore, useClass: DeliveryRepository },
        { provide: DirectoryStore, useClass: DirectoryRepository },
        { provide: Mailer, useClass: SmtpMailer },
      ],
    };
  }
}
