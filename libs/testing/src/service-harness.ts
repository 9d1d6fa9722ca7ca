import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import type { Actor, Locale, RequestEnvelope } from '@pollen/contracts';
import { Topics } from '@pollen/contracts';
import { ed25519PrivateKeyOf, LOCAL_ACTOR_KEYS } from '@pollen/platform/config';
import { actorSignatureOf } from '@pollen/platform/kafka';
import { ManagementServer } from '@pollen/platform/service';
import request from 'supertest';

import { eventually } from './eventually';

/** Where the service serves its health and metrics (its management port). */
export const managementUrl = (app: INestApplication): string => app.get(ManagementServer).url;

/** Waits until the service answers 200 on /health/ready (database, Kafka, consumers). */
export async function waitUntilReady(app: INestApplication, timeoutMs = 60_000): Promise<void> {
  await eventually(async () => (await fetch(`${managementUrl(app)}/health/ready`)).status === 200, {
    timeoutMs,
    intervalMs: 200,
    what: 'service ready',
  });
}

/**
 * A request envelope as the gateway sends it, replying to a probe's "instance": its actor signed
 * with the development key the services under test check, unless `unsigned` (a forgery).
 */
export function requestEnvelope<TData>(options: {
  type: string;
  subject: string;
  data: TData;
  actor: Actor;
  instance: string;
  timeoutMs?: number;
  /** The caller's language: signed with the rest, so it is given here, never changed after. */
  locale?: Locale;
  unsigned?: true;
}): RequestEnvelope<string, TData> {
  const envelope: RequestEnvelope<string, TData> = {
    id: randomUUID(),
    type: options.type,
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'gateway',
    subject: options.subject,
    correlationId: randomUUID(),
    actor: options.actor,
    locale: options.locale ?? 'en',
    deadline: new Date(Date.now() + (options.timeoutMs ?? 30_000)).toISOString(),
    replyTo: { topic: Topics.gatewayReplies.name, partition: 0, instance: options.instance },
    data: options.data,
  };
  if (options.unsigned) return envelope;
  return { ...envelope, actorSignature: actorSignatureOf(envelope, ed25519PrivateKeyOf(LOCAL_ACTOR_KEYS.signing)) };
}

/**
 * The observability contract every service keeps, on its management port alone: live, ready with
 * its database, Kafka and its consumer groups, and Prometheus metrics that include `metric`.
 */
export async function expectHealthAndMetrics(app: INestApplication, metric: string): Promise<void> {
  const management = managementUrl(app);
  const server = app.getHttpServer();
  for (const path of ['/health/live', '/health/ready', '/metrics']) await request(server).get(path).expect(404);
  await request(management).get('/health/live').expect(200, { status: 'ok' });
  const ready = await request(management).get('/health/ready').expect(200);
  expect(ready.body.checks).toMatchObject({ mongodb: { ok: true }, kafka: { ok: true } });
  // Every check, the consumer groups' (one per kind of topic the service reads) included.
  expect(ready.body.status).toBe('ready');
  for (const [name, check] of Object.entries(ready.body.checks as Record<string, { ok: boolean }>)) {
    expect({ name, ok: check.ok }).toEqual({ name, ok: true });
  }
  const metrics = await request(management).get('/metrics').expect(200);
  expect(metrics.text).toContain(metric);
}
