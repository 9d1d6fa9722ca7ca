import { Inject, Injectable, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { HeartbeatData } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';
import { ReadinessRegistry } from '@pollen/platform/health';
import { EventPublisher, KAFKA_OPTIONS, type KafkaModuleOptions, newEvent } from '@pollen/platform/kafka';
import { OutboxRelay } from '@pollen/platform/mongo';

import { PollingLoop } from './polling-loop';

/**
 * Every HEARTBEAT_INTERVAL_MS, the instance tells the operations service it is alive, on its
 * service's heartbeat topic: version, uptime, readiness and outbox backlog. Published directly, not
 * through the outbox: a heartbeat that cannot go out is worth nothing later.
 */
@Injectable()
export class Heartbeat implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly startedAt = new Date();
  private beats = 0;
  private readonly loop: PollingLoop;

  constructor(
    @Inject(KAFKA_OPTIONS) private readonly kafka: KafkaModuleOptions,
    private readonly config: ServiceEnv,
    private readonly publisher: EventPublisher,
    private readonly modules: ModuleRef,
  ) {
    this.loop = new PollingLoop('Heartbeat', () => this.beat(), config.HEARTBEAT_INTERVAL_MS);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  /** What the instance says of itself now. */
  async state(now = new Date()): Promise<HeartbeatData> {
    // Found wherever the service's modules provide them: every service has both.
    const readiness = await this.modules.get(ReadinessRegistry, { strict: false }).report();
    return {
      service: this.kafka.service,
      instance: this.kafka.instanceId,
      version: this.config.POLLEN_VERSION ?? 'dev',
      startedAt: this.startedAt.toISOString(),
      uptimeSeconds: Math.floor((now.getTime() - this.startedAt.getTime()) / 1000),
      ready: readiness.ready,
      failingChecks: Object.entries(readiness.checks)
        .filter(([, check]) => !check.ok)
        .map(([name]) => name),
      outboxBacklog: this.modules.get(OutboxRelay, { strict: false }).backlog,
    };
  }

  private async beat(): Promise<boolean> {
    const data = await this.state();
    const type = `${this.kafka.service}.heartbeat` as const;
    await this.publisher.publish([newEvent(type, { subject: data.instance, aggregateVersion: ++this.beats, data })]);
    return false;
  }
}

/** The heartbeat, in every service (platformModules). */
@Module({ providers: [Heartbeat] })
export class HeartbeatModule {}
