import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { platformModules, serviceKafkaOptions } from '@pollen/platform/service';

import { AuthGuard } from './auth/auth.guard';
import { OperatorSeeder } from './auth/operator-seeder';
import { Argon2PasswordHasher, PasswordHasher } from './auth/password-hasher';
import { SessionIssuer } from './auth/session-issuer';
import { TokenIssuer } from './auth/token-issuer';
import { GatewayConfig } from './config/gateway.config';
import { ApplicationsController } from './http/applications.controller';
import { AuthController } from './http/auth.controller';
import { InboxController } from './http/inbox.controller';
import { OpsController } from './http/ops.controller';
import { ProgrammesController } from './http/programmes.controller';
import { ServiceClient } from './http/service-client';
import { AccountRepository } from './repositories/account.repository';
import { AccountStore, SessionStore } from './repositories/account.store';
import { SessionRepository } from './repositories/session.repository';
import { ACCOUNT_MODEL, accountSchema } from './schemas/account.schema';
import { REFRESH_SESSION_MODEL, refreshSessionSchema } from './schemas/refresh-session.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'gateway' as const;

/** The only public HTTP entry: accounts, authentication, validation, problem+json, and requests to the owners. */
@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, {
          ...serviceKafkaOptions(SERVICE, config),
          requestReply: { timeoutMs: config.REQUEST_TIMEOUT_MS, maxPending: config.REQUEST_MAX_PENDING },
        }),
        MongooseModule.forFeature([
          { name: ACCOUNT_MODEL, schema: accountSchema },
          { name: REFRESH_SESSION_MODEL, schema: refreshSessionSchema },
        ]),
        JwtModule.register({ secret: config.JWT_SECRET }),
      ],
      controllers: [AuthController, ProgrammesController, ApplicationsController, InboxController, OpsController],
      providers: [
        ...USE_CASES,
        ServiceClient,
        TokenIssuer,
        SessionIssuer,
        OperatorSeeder,
        { provide: PasswordHasher, useClass: Argon2PasswordHasher },
        { provide: AccountStore, useClass: AccountRepository },
        { provide: SessionStore, useClass: SessionRepository },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
