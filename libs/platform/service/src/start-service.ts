import type { INestApplication } from '@nestjs/common';
import type { MicroserviceOptions } from '@nestjs/microservices';
import { consumedTopics } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';
import { ReadinessRegistry } from '@pollen/platform/health';
import { ProblemDetailsFilter, strictValidationPipe } from '@pollen/platform/http';
import {
  type ConsumedKind,
  InboundProcessor,
  type KafkaModuleOptions,
  PollenKafkaServer,
} from '@pollen/platform/kafka';
import { OutboxRelay } from '@pollen/platform/mongo';
import { flushTracing } from '@pollen/platform/tracing';
import { Logger } from 'nestjs-pino';

import { createHttpApplication, listen } from './http-adapter';
import { BODY_LIMIT_BYTES } from './json-body';
import { shutDownGracefully } from './shutdown';

export interface StartServiceOptions {
  port: number;
  /** Set when the service consumes Kafka topics through `@EventPattern` handlers. */
  consumer?: KafkaModuleOptions;
  /** Body size limit of the JSON parser, in bytes (100 kB by default). */
  bodyLimitBytes?: number;
  /** Proxies whose `X-Forwarded-For` gives the client's address (the gateway's TRUSTED_PROXIES). */
  trustedProxies?: string[];
  /** Requests served at once; beyond, 503 with Retry-After before any work (the gateway's REQUESTS_IN_FLIGHT_MAX). */
  maxInFlight?: number;
  /** Extra set-up before listening (the gateway mounts its OpenAPI document here). */
  configure?: (app: INestApplication) => void | Promise<void>;
}

/**
 * Boots a Pollen service the same way in production and in tests: Nest on Fastify (ADR 0010), pino
 * logs, problem+json errors, strict validation, the Kafka consumer groups and their readiness,
 * then the HTTP port; on SIGTERM, a graceful shutdown that loses nothing (shutdown.ts).
 */
export async function startService(module: unknown, options: StartServiceOptions): Promise<INestApplication> {
  const app = await createHttpApplication(module, {
    bodyLimitBytes: options.bodyLimitBytes ?? BODY_LIMIT_BYTES,
    trustedProxies: options.trustedProxies,
    maxInFlight: options.maxInFlight,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemDetailsFilter(app.getHttpAdapter()));
  app.useGlobalPipes(strictValidationPipe());
  const servers: PollenKafkaServer[] = [];
  if (options.consumer) {
    const service = options.consumer.service;
    const kinds = new Set(
      consumedTopics()
        .filter((topic) => topic.consumers.includes(service))
        .map((topic) => topic.kind as ConsumedKind),
    );
    for (const kind of kinds) {
      const server = new PollenKafkaServer(options.consumer, kind);
      servers.push(server);
      // Not inheriting the HTTP pipes and filters: Kafka handlers hand every message to the
      // InboundProcessor, which owns validation, retries and dead letters.
      app.connectMicroservice<MicroserviceOptions>({ strategy: server }, { inheritAppConfig: false });
      app.get(ReadinessRegistry).register(`consumers:${kind}`, async () => server.isJoined);
    }
  }
  await options.configure?.(app);
  // Modules first (topics exist, producer connected, database open), then the consumers.
  await app.init();
  await app.startAllMicroservices();
  await listen(app, options.port);
  onTermination(() =>
    shutDownGracefully({
      markNotReady: () => app.get(ReadinessRegistry).markShuttingDown(),
      drainDelayMs: drainDelayOf(app),
      stopHttp: () => app.getHttpAdapter().close(),
      stopConsumers: async () => {
        app.get(InboundProcessor).beforeApplicationShutdown();
        await Promise.all(servers.map((server) => server.close()));
      },
      lastRelayPass: () => app.get(OutboxRelay).drain(),
      close: async () => {
        await app.close();
        // The spans of the last messages handled, before the process exits; a collector that does
        // not answer must not hold the shutdown past its grace period.
        await Promise.race([flushTracing(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      },
    }),
  );
  return app;
}

/** The configured drain delay; none for an app without the platform's configuration. */
function drainDelayOf(app: INestApplication): number {
  try {
    return app.get(ServiceEnv).SHUTDOWN_DRAIN_MS;
  } catch {
    return 0;
  }
}

const terminations = new Set<() => Promise<void>>();

/** SIGTERM (the cluster) or SIGINT (Ctrl-C) shuts every service of this process down, once. */
function onTermination(shutdown: () => Promise<void>): void {
  if (terminations.size === 0) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        const all = [...terminations];
        terminations.clear();
        void Promise.all(all.map((run) => run())).finally(() => process.exit(0));
      });
    }
  }
  terminations.add(shutdown);
}

/**
 * A service's module graph on the same HTTP adapter, with nothing instantiated or connected (no
 * database, no broker): enough to describe its routes, as the gateway's OpenAPI document does.
 */
export function previewService(module: unknown): Promise<INestApplication> {
  return createHttpApplication(module, { bodyLimitBytes: BODY_LIMIT_BYTES, preview: true });
}
