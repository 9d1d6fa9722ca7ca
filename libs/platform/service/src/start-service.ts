import type { INestApplication } from '@nestjs/common';
import type { MicroserviceOptions } from '@nestjs/microservices';
import { ReadinessRegistry } from '@pollen/platform/health';
import { HttpMetricsInterceptor, ProblemDetailsFilter, strictValidationPipe } from '@pollen/platform/http';
import { consumedTopics } from '@pollen/contracts';
import { type ConsumedKind, type KafkaModuleOptions, PollenKafkaServer } from '@pollen/platform/kafka';
import { Logger } from 'nestjs-pino';
import { createHttpApplication, listen } from './http-adapter';
import { BODY_LIMIT_BYTES } from './json-body';

export interface StartServiceOptions {
  port: number;
  /** Set when the service consumes Kafka topics through `@EventPattern` handlers. */
  consumer?: KafkaModuleOptions;
  /** Body size limit of the JSON parser, in bytes (100 kB by default). */
  bodyLimitBytes?: number;
  /** Extra set-up before listening (the gateway mounts its OpenAPI document here). */
  configure?: (app: INestApplication) => void | Promise<void>;
}

/**
 * Boots a Pollen service the same way in production and in tests: Nest on Fastify (ADR 0010), pino
 * logs, problem+json errors, strict validation, graceful shutdown (consumers stop before the
 * database closes), the Kafka consumer and its readiness, then the HTTP port.
 */
export async function startService(module: unknown, options: StartServiceOptions): Promise<INestApplication> {
  const app = await createHttpApplication(module, { bodyLimitBytes: options.bodyLimitBytes ?? BODY_LIMIT_BYTES });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemDetailsFilter(app.getHttpAdapter()));
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalInterceptors(new HttpMetricsInterceptor());
  app.enableShutdownHooks();
  if (options.consumer) {
    const service = options.consumer.service;
    const kinds = new Set(
      consumedTopics()
        .filter((topic) => topic.consumers.includes(service))
        .map((topic) => topic.kind as ConsumedKind),
    );
    for (const kind of kinds) {
      const server = new PollenKafkaServer(options.consumer, kind);
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
  return app;
}
