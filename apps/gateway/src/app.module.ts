import { type DynamicModule, type INestApplication, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { ReplyKeys } from '@pollen/platform/kafka';
import { erasureLogModel, erasureLogProvider } from '@pollen/platform/mongo';
import {
  platformModules,
  serveSinglePageApp,
  serviceKafkaOptions,
  type StartServiceOptions,
} from '@pollen/platform/service';

import { AuthGuard } from './auth/auth.guard';
import { OperatorSeeder } from './auth/operator-seeder';
import { Argon2PasswordHasher, PasswordHasher } from './auth/password-hasher';
import { SessionIssuer } from './auth/session-issuer';
import { TokenIssuer } from './auth/token-issuer';
import { AccessDenialSweeper } from './background/access-denial-sweeper';
import { ExportJobs } from './background/export-jobs';
import { GatewayConfig } from './config/gateway.config';
import { ApplicationMatchesController } from './http/application-matches.controller';
import { ApplicationsController } from './http/applications.controller';
import { AuthController } from './http/auth.controller';
import { BrowserSessions } from './http/browser-sessions';
import { DealFlowController } from './http/deal-flow.controller';
import { DocumentsController } from './http/documents.controller';
import { ErasuresController } from './http/erasures.controller';
import { IdempotencyInterceptor, IdempotencySweeper, keepIdempotentAnswers } from './http/idempotency';
import { InboxController } from './http/inbox.controller';
import { InvestorsController } from './http/investors.controller';
import { LegalTemplatesController } from './http/legal-templates.controller';
import { MatchingOpsController } from './http/matching-ops.controller';
import { NotificationPreferencesController } from './http/notification-preferences.controller';
import { NotificationsOpsController } from './http/notifications-ops.controller';
import { OpsController } from './http/ops.controller';
import { OpsStatusController } from './http/ops-status.controller';
import { OpsTimelineController } from './http/ops-timeline.controller';
import { PersonalDataController } from './http/personal-data.controller';
import { PersonalDataSources, ServicePersonalDataSources } from './http/personal-data-sources';
import { ProgrammesController } from './http/programmes.controller';
import { PublicReadCache } from './http/public-read-cache';
import { RateLimitGuard } from './http/rate-limits';
import { ServiceClient } from './http/service-client';
import { WebhooksController } from './http/webhooks.controller';
import { AccountEventsConsumer } from './messaging/account-events.consumer';
import { ContactsAtStart } from './messaging/contacts-at-start';
import { InvestorEventsConsumer } from './messaging/investor-events.consumer';
import { mountOpenApi } from './openapi/openapi';
import { AccessDenialRepository } from './repositories/access-denial.repository';
import { AccessDenialStore } from './repositories/access-denial.store';
import { AccountRepository } from './repositories/account.repository';
import { AccountStore, SessionStore } from './repositories/account.store';
import { ExportRepository } from './repositories/export.repository';
import { ExportStore } from './repositories/export.store';
import { IdempotencyRepository } from './repositories/idempotency.repository';
import { IdempotencyStore } from './repositories/idempotency.store';
import { InvestorVettingRepository } from './repositories/investor-vetting.repository';
import { InvestorVettingStore } from './repositories/investor-vetting.store';
import { RateLimitRepository } from './repositories/rate-limit.repository';
import { RateLimitStore } from './repositories/rate-limit.store';
import { SessionRepository } from './repositories/session.repository';
import { ACCESS_DENIAL_MODEL, accessDenialSchema } from './schemas/access-denial.schema';
import { ACCOUNT_MODEL, accountSchema } from './schemas/account.schema';
import { EXPORT_ATTEMPT_MODEL, EXPORT_MODEL, exportAttemptSchema, exportSchema } from './schemas/export.schema';
import { IDEMPOTENCY_RECORD_MODEL, idempotencyRecordSchema } from './schemas/idempotency-record.schema';
import { INVESTOR_VETTING_MODEL, investorVettingSchema } from './schemas/investor-vetting.schema';
import { RATE_LIMIT_SLOT_MODEL, rateLimitSlotSchema } from './schemas/rate-limit-slot.schema';
import { REFRESH_SESSION_MODEL, refreshSessionSchema } from './schemas/refresh-session.schema';
import { REFRESH_TOKEN_USE_MODEL, refreshTokenUseSchema } from './schemas/refresh-token-use.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'gateway' as const;

/** The HTTP controllers that ask other services (their specs run them on a canned ServiceClient). */
export const ASKING_CONTROLLERS = [
  ProgrammesController,
  ApplicationsController,
  InboxController,
  NotificationPreferencesController,
  WebhooksController,
  OpsController,
  OpsStatusController,
  OpsTimelineController,
  InvestorsController,
  DealFlowController,
  ApplicationMatchesController,
  MatchingOpsController,
  NotificationsOpsController,
  LegalTemplatesController,
  DocumentsController,
  ErasuresController,
];

/** The only public HTTP entry: accounts, authentication, validation, problem+json, and requests to the owners. */
@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, {
          ...serviceKafkaOptions(SERVICE, config),
          requestReply: {
            timeoutMs: config.REQUEST_TIMEOUT_MS,
            maxPending: config.REQUEST_MAX_PENDING,
            actorSigningKey: config.actorSigningKey,
          },
        }),
        MongooseModule.forFeature([
          { name: ACCOUNT_MODEL, schema: accountSchema },
          { name: REFRESH_SESSION_MODEL, schema: refreshSessionSchema },
          { name: REFRESH_TOKEN_USE_MODEL, schema: refreshTokenUseSchema },
          { name: IDEMPOTENCY_RECORD_MODEL, schema: idempotencyRecordSchema },
          { name: RATE_LIMIT_SLOT_MODEL, schema: rateLimitSlotSchema },
          { name: INVESTOR_VETTING_MODEL, schema: investorVettingSchema },
          { name: ACCESS_DENIAL_MODEL, schema: accessDenialSchema },
          { name: EXPORT_MODEL, schema: exportSchema },
          { name: EXPORT_ATTEMPT_MODEL, schema: exportAttemptSchema },
          erasureLogModel,
        ]),
        JwtModule.register({ secret: config.jwtKey }),
      ],
      controllers: [
        AuthController,
        PersonalDataController,
        ...ASKING_CONTROLLERS,
        InvestorEventsConsumer,
        AccountEventsConsumer,
      ],
      providers: [
        ...USE_CASES,
        ServiceClient,
        PublicReadCache,
        // One key pair per process, in memory only: secrets in replies are sealed to it.
        ReplyKeys,
        TokenIssuer,
        SessionIssuer,
        BrowserSessions,
        OperatorSeeder,
        ContactsAtStart,
        { provide: PasswordHasher, useClass: Argon2PasswordHasher },
        { provide: AccountStore, useClass: AccountRepository },
        { provide: SessionStore, useClass: SessionRepository },
        { provide: IdempotencyStore, useClass: IdempotencyRepository },
        IdempotencySweeper,
        { provide: RateLimitStore, useClass: RateLimitRepository },
        { provide: InvestorVettingStore, useClass: InvestorVettingRepository },
        { provide: AccessDenialStore, useClass: AccessDenialRepository },
        AccessDenialSweeper,
        { provide: ExportStore, useClass: ExportRepository },
        { provide: PersonalDataSources, useClass: ServicePersonalDataSources },
        ExportJobs,
        erasureLogProvider,
        { provide: APP_GUARD, useClass: AuthGuard },
        // After the AuthGuard: a signed-in request counts against its account, not its address.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        // After the guard (the key's scope is the account it authenticated), before validation.
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}

/** How the gateway starts, in production and in the tests that boot it whole. */
export function gatewayStartOptions(config: GatewayConfig, port: number = config.PORT): StartServiceOptions {
  return {
    port,
    // The vetting projection reads `investor.*` events; the gateway's own erasures, `account.*`.
    consumer: serviceKafkaOptions(SERVICE, config),
    trustedProxies: config.trustedProxies,
    maxInFlight: config.REQUESTS_IN_FLIGHT_MAX,
    configure: async (app: INestApplication) => {
      keepIdempotentAnswers(app);
      // Off in production unless API_DOCS=true: the API's map is not published by default.
      if (config.apiDocs) mountOpenApi(app);
      // The web portal, from the API's own origin: its session cookie then never crosses sites.
      await serveSinglePageApp(app, { name: 'portal', root: config.portalDir });
    },
  };
}
