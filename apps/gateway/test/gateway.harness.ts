import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@pollen/platform/config';
import { startService } from '@pollen/platform/service';
import { TEST_RATE_LIMITS, testInfrastructure, uniqueName, waitUntilReady } from '@pollen/testing';
import request from 'supertest';

import { AppModule, gatewayStartOptions } from '../src/app.module';
import { GatewayConfig } from '../src/config/gateway.config';

export const PROBLEM = /^application\/problem\+json/;

/** The gateway in-process, against the real Kafka and its own fresh database. */
export async function startGateway(env: Record<string, string> = {}): Promise<INestApplication> {
  testInfrastructure();
  const config = loadConfig(GatewayConfig, {
    ...process.env,
    NODE_ENV: 'test',
    ...TEST_RATE_LIMITS,
    PORT: '0',
    MANAGEMENT_PORT: '0',
    LOG_LEVEL: 'warn',
    MONGODB_DATABASE: uniqueName('test-gateway'),
    POLLEN_INSTANCE_ID: uniqueName('gateway'),
    ...env,
  });
  const app = await startService(AppModule.register(config), gatewayStartOptions(config, 0));
  await waitUntilReady(app);
  return app;
}

/** Registers an account and signs it in; returns its access token. */
export async function signUp(
  app: INestApplication,
  role: 'applicant' | 'investor' = 'applicant',
): Promise<{ email: string; password: string; accessToken: string; refreshToken: string; id: string }> {
  const email = `${uniqueName(role)}@example.org`;
  const password = 'correct horse battery staple';
  const registered = await request(app.getHttpServer())
    .post('/v1/auth/register')
    .send({ email, password, role, displayName: 'Camille Martin', locale: 'fr' })
    .expect(201);
  const session = await request(app.getHttpServer()).post('/v1/auth/login').send({ email, password }).expect(200);
  return { email, password, id: registered.body.id, ...session.body };
}
