import { type DynamicModule, type INestApplication, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { Role } from '@pollen/contracts';
import { ConfigModule, loadConfig } from '@pollen/platform/config';
import { ReplyKeys } from '@pollen/platform/kafka';
import { LoggingModule } from '@pollen/platform/logging';
import { startService } from '@pollen/platform/service';
import request from 'supertest';

import { ASKING_CONTROLLERS, gatewayStartOptions } from '../src/app.module';
import { AuthGuard } from '../src/auth/auth.guard';
import { TokenIssuer } from '../src/auth/token-issuer';
import { GatewayConfig } from '../src/config/gateway.config';
import { InvalidCredentials } from '../src/errors';
import { IdempotencyInterceptor } from '../src/http/idempotency';
import { PublicReadCache } from '../src/http/public-read-cache';
import { ServiceClient } from '../src/http/service-client';
import { AccessDenialStore } from '../src/repositories/access-denial.store';
import { IdempotencyStore } from '../src/repositories/idempotency.store';
import { Reauthenticate } from '../src/usecases';
import { CannedServiceClient } from './fakes/canned-service.client';
import { InMemoryAccessDenialStore } from './fakes/in-memory-access-denial.store';
import { InMemoryIdempotencyStore } from './fakes/in-memory-idempotency.store';

export const PROBLEM = /^application\/problem\+json/;

@Module({})
class GatewayControllersUnderTest {}

/**
 * The controllers that ask services, with the real guard and token issuer, booted by the
 * production bootstrap (startService with the gateway's start options: the real HTTP adapter and
 * security headers, filter, pipes, interceptors and /docs) on a canned ServiceClient: no Kafka, no
 * database. `env` adds to the configuration (NODE_ENV=production, say).
 */
/** The password every account signs with here. */
export const SIGNING_PASSWORD = 'the right password';

export async function startControllers(env: Record<string, string> = {}): Promise<{
  app: INestApplication;
  http: ReturnType<typeof request>;
  services: CannedServiceClient;
  idempotency: InMemoryIdempotencyStore;
  denials: InMemoryAccessDenialStore;
  tokenFor: (role: Role, id?: string) => Promise<string>;
}> {
  const config = loadConfig(GatewayConfig, {
    NODE_ENV: 'test',
    KAFKA_BROKERS: '127.0.0.1:1',
    MONGODB_URI: 'mongodb://127.0.0.1:1',
    // These controllers are not the whole API: no document to serve (gateway-http.spec.ts has /docs).
    API_DOCS: 'false',
    // Each test's canned answers, not the last test's kept one (programmes.controller.spec.ts turns it on).
    PUBLIC_READ_CACHE_MS: '0',
    ...env,
  });
  const services = new CannedServiceClient();
  const idempotency = new InMemoryIdempotencyStore();
  const denials = new InMemoryAccessDenialStore();
  const module: DynamicModule = {
    module: GatewayControllersUnderTest,
    imports: [
      ConfigModule.forValue(config),
      LoggingModule.forRoot({ service: 'gateway', level: 'silent' }),
      JwtModule.register({ secret: config.jwtKey }),
    ],
    controllers: ASKING_CONTROLLERS,
    providers: [
      TokenIssuer,
      { provide: ServiceClient, useValue: services },
      PublicReadCache,
      // Real keys: a canned answer seals its secret to them (app.get(ReplyKeys)).
      ReplyKeys,
      { provide: IdempotencyStore, useValue: idempotency },
      { provide: AccessDenialStore, useValue: denials },
      // A signer's password: `the right password` for every account (no accounts database here).
      {
        provide: Reauthenticate,
        useValue: {
          execute: async (_actor: unknown, password: string) => {
            if (password !== SIGNING_PASSWORD) throw new InvalidCredentials();
          },
        },
      },
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ],
  };
  // No Kafka here: none of the consumers the whole gateway runs.
  const app = await startService(module, { ...gatewayStartOptions(config, 0), consumer: undefined });
  const tokens = app.get(TokenIssuer);
  return {
    app,
    http: request(app.getHttpServer()),
    services,
    idempotency,
    denials,
    tokenFor: (role, id = `${role}-1`) => tokens.accessToken(id, role),
  };
}
