import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { KafkaModuleOptions } from '@pollen/platform/kafka';
import { erasureLogModel, erasureLogProvider } from '@pollen/platform/mongo';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { NotificationsConfig } from './config/notifications.config';
import { DigestClock } from './delivery/digest-clock';
import { EmailDispatcher } from './delivery/email-dispatcher';
import { NewDeliveries } from './delivery/new-deliveries';
import { RetentionSweep } from './delivery/retention-sweep';
import { WebhookDispatcher } from './delivery/webhook-dispatcher';
import { Mailer } from './mail/mailer';
import { SmtpMailer } from './mail/smtp-mailer';
import { AccountContactsConsumer } from './messaging/account-contacts.consumer';
import { AccountEventsConsumer } from './messaging/account-events.consumer';
import { ApplicationEventsConsumer } from './messaging/application-events.consumer';
import { DocumentEventsConsumer } from './messaging/document-events.consumer';
import { IntroductionContactsConsumer } from './messaging/introduction-contacts.consumer';
import { InvestorEventsConsumer } from './messaging/investor-events.consumer';
import { InvestorOrganisationsConsumer } from './messaging/investor-organisations.consumer';
import { MatchEventsConsumer } from './messaging/match-events.consumer';
import { NotificationRequestsConsumer } from './messaging/notification-requests.consumer';
import { DeliveryRepository } from './repositories/delivery.repository';
import { DeliveryStore } from './repositories/delivery.store';
import { DigestRepository } from './repositories/digest.repository';
import { DigestStore } from './repositories/digest.store';
import { DirectoryRepository } from './repositories/directory.repository';
import { DirectoryStore } from './repositories/directory.store';
import { NotificationRepository } from './repositories/notification.repository';
import { NotificationStore } from './repositories/notification.store';
import { PreferencesRepository } from './repositories/preferences.repository';
import { PreferencesStore } from './repositories/preferences.store';
import { WebhookEndpointRepository } from './repositories/webhook-endpoint.repository';
import { WebhookEndpointStore } from './repositories/webhook-endpoint.store';
import {
  DELIVERY_ATTEMPT_MODEL,
  DELIVERY_MODEL,
  deliveryAttemptSchema,
  deliverySchema,
} from './schemas/delivery.schema';
import { DIGEST_ENTRY_MODEL, digestEntrySchema } from './schemas/digest.schema';
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
import { PREFERENCES_MODEL, preferencesSchema } from './schemas/preferences.schema';
import { WEBHOOK_ENDPOINT_MODEL, webhookEndpointSchema } from './schemas/webhook-endpoint.schema';
import { USE_CASES } from './usecases';
import { WebhookSecrets } from './webhooks/webhook-secrets';
import { WebhookTargets } from './webhooks/webhook-targets';

export const SERVICE = 'notifications' as const;

export function kafkaOptionsOf(config: NotificationsConfig): KafkaModuleOptions {
  return serviceKafkaOptions(SERVICE, config);
}

/**
 * Tells people what happened: turns the events they should hear about into notifications — in the
 * in-app inbox, by e-mail through the SMTP relay (or in a daily digest) and as signed calls to
 * their webhook endpoints, each with a delivery log, as their preferences say — from its own
 * directory of recipients, and answers the gateway's questions about them. It keeps each record
 * only as long as it serves (RetentionSweep) and forgets an account when it is erased.
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
          { name: PREFERENCES_MODEL, schema: preferencesSchema },
          { name: DIGEST_ENTRY_MODEL, schema: digestEntrySchema },
          { name: WEBHOOK_ENDPOINT_MODEL, schema: webhookEndpointSchema },
          erasureLogModel,
        ]),
      ],
      controllers: [
        AccountContactsConsumer,
        AccountEventsConsumer,
        ApplicationEventsConsumer,
        InvestorEventsConsumer,
        InvestorOrganisationsConsumer,
        MatchEventsConsumer,
        IntroductionContactsConsumer,
        DocumentEventsConsumer,
        NotificationRequestsConsumer,
      ],
      providers: [
        ...USE_CASES,
        NewDeliveries,
        EmailDispatcher,
        WebhookDispatcher,
        DigestClock,
        RetentionSweep,
        erasureLogProvider,
        WebhookTargets,
        WebhookSecrets,
        { provide: NotificationStore, useClass: NotificationRepository },
        { provide: DeliveryStore, useClass: DeliveryRepository },
        { provide: DirectoryStore, useClass: DirectoryRepository },
        { provide: PreferencesStore, useClass: PreferencesRepository },
        { provide: DigestStore, useClass: DigestRepository },
        { provide: WebhookEndpointStore, useClass: WebhookEndpointRepository },
        { provide: Mailer, useClass: SmtpMailer },
      ],
    };
  }
}
