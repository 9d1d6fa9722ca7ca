import { Global, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';

import { ReadinessRegistry } from './readiness.registry';

/** Readiness checks and process metrics; the management port serves them (libs/platform/service). */
@Global()
@Module({
  providers: [ReadinessRegistry],
  exports: [ReadinessRegistry],
})
export class HealthModule implements OnModuleInit, OnModuleDestroy {
  constructor(private readonly readiness: ReadinessRegistry) {}

  onModuleInit(): void {
    if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics();
  }

  /** The first shutdown hook: from SIGTERM on, readiness fails while the service drains. */
  onModuleDestroy(): void {
    this.readiness.markShuttingDown();
  }
}
