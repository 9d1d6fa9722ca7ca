import type { AddressInfo } from 'node:net';

import { Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ServiceEnv } from '@pollen/platform/config';
import { ReadinessRegistry } from '@pollen/platform/health';
import Fastify, { type FastifyInstance } from 'fastify';
import { register } from 'prom-client';

import { onEveryInterface } from './http-adapter';

/** What the management port serves: nothing else, and nothing of the API. */
export const MANAGEMENT_PATHS = {
  live: '/health/live',
  ready: '/health/ready',
  metrics: '/metrics',
} as const;

/**
 * The management port of every service (MANAGEMENT_PORT): liveness, readiness and Prometheus
 * metrics, apart from the API so that the Ingress routes only the API and a NetworkPolicy opens
 * this port to the monitoring namespace alone. Plain Fastify: none of the API's hooks (security
 * headers, rate limits, authentication, request metrics) apply to probes and scrapes. It listens
 * from the end of start-up (not ready until the consumers have joined) to the very end of a
 * shutdown, so readiness answers 503 all through the drain.
 */
@Injectable()
export class ManagementServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly server: FastifyInstance = Fastify({ logger: false });

  constructor(
    private readonly config: ServiceEnv,
    private readonly readiness: ReadinessRegistry,
  ) {
    // The process runs and its event loop answers.
    this.server.get(MANAGEMENT_PATHS.live, async () => ({ status: 'ok' }));
    this.server.get(MANAGEMENT_PATHS.ready, async (_request, reply) => {
      const report = await this.readiness.report();
      return reply
        .code(report.ready ? 200 : 503)
        .send({ status: report.ready ? 'ready' : 'unavailable', checks: report.checks });
    });
    this.server.get(MANAGEMENT_PATHS.metrics, async (_request, reply) =>
      reply.header('Content-Type', register.contentType).send(await register.metrics()),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await onEveryInterface((host) => this.server.listen({ port: this.config.MANAGEMENT_PORT, host }));
  }

  onApplicationShutdown(): Promise<void> {
    return this.server.close();
  }

  /** Where a client on this host reaches it (tests, `npm start`). */
  get url(): string {
    return `http://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }
}

@Module({ providers: [ManagementServer], exports: [ManagementServer] })
export class ManagementModule {}
