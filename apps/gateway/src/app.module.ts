import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { ConfigModule } from '@pollen/platform/config';
import { HealthModule } from '@pollen/platform/health';
import { KafkaModule } from '@pollen/platform/kafka';
import { LoggingModule } from '@pollen/platform/logging';
import { MongoModule } from '@pollen/platform/mongo';
import { AuthGuard } from './auth/auth.guard';
import { OperatorSeeder } from './auth/operator-seeder';
import { Argon2PasswordHasher, PasswordHasher } from './auth/password-hasher';
import { SessionIssuer } from './auth/session-issuer';
import { TokenIssuer } from './auth/token-issuer';
import { GatewayConfig } from './config/gateway.config';
import { ApplicationsController } from './http/applications.controller';
import { AuthController } from './http/auth.controller';
import { InboxController } from './http/inbox.controller';
import { ProgrammesController } from './http/programmes.controller';
import { AccountRepository } from './repositories/account.repository';
import { AccountStore, SessionStore } from './repositories/account.store';
import { SessionRepository } from './repositories/session.repository';
import { ACCOUNT_MODEL, accountSchema } from './schemas/account.schema';
import { REFRESH_SESSION_MODEL, refreshSessionSchema } from './schemas/refresh-session.schema';
import { USE_CASES } from './usecases';

export const SERVICE = 'gateway';

/** The only public HTTP entry: accounts, authentication, validation, problem+json, and requests to the owners. */
@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forValue(config),
        LoggingModule.forRoot({ service: SERVICE, level: config.LOG_LEVEL }),
        HealthModule,
        KafkaModule.forRoot({
          service: SERVICE,
          brokers: config.KAFKA_BROKERS,
          instanceId: config.POLLEN_INSTANCE_ID ?? randomUUID().slice(0, 8),
          topicsMode: config.KAFKA_TOPICS_MODE,
          profile: config.NODE_ENV === 'production' ? 'production' : 'fast',
          requestReply: { timeoutMs: config.REQUEST_TIMEOUT_MS },
        }),
        MongoModule.forRoot({ uri: config.MONGODB_URI, database: config.MONGODB_DATABASE }),
        MongooseModule.forFeature([
          { name: ACCOUNT_MODEL, schema: accountSchema },
          { name: REFRESH_SESSION_MODEL, schema: refreshSessionSchema },
        ]),
        JwtModule.register({ secret: config.JWT_SECRET }),
      ],
      controllers: [AuthController, ProgrammesController, ApplicationsController, InboxController],
      providers: [
        ...USE_CASES,
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
