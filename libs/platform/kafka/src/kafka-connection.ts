import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { allTopics } from '@pollen/contracts';
import { ReadinessRegistry } from '@pollen/platform/health';
import { type Admin, Kafka, type Producer } from 'kafkajs';

import { KAFKA_OPTIONS, kafkaClientConfig, type KafkaModuleOptions, producerConfig } from './kafka-options';
import { ensureTopics } from './topic-admin';

/**
 * The service's connection to Kafka: one kafkajs client; one producer for events, dead letters
 * and requests, and another for replies, so a backlog of events never delays an answer; an admin
 * client for readiness. Topics are created (development, tests) or checked (production) before
 * anything else uses them.
 */
@Injectable()
export class KafkaConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(KafkaConnection.name);
  readonly kafka: Kafka;
  readonly producer: Producer;
  readonly replyProducer: Producer;
  private admin?: Admin;

  constructor(
    @Inject(KAFKA_OPTIONS) readonly options: KafkaModuleOptions,
    private readonly readiness: ReadinessRegistry,
  ) {
    this.kafka = new Kafka(kafkaClientConfig(options, 'main'));
    this.producer = this.kafka.producer(producerConfig());
    this.replyProducer = this.kafka.producer(producerConfig());
  }

  private connecting?: Promise<void>;

  onModuleInit(): Promise<void> {
    return this.ready();
  }

  /**
   * Topics exist and the producer is connected. Nest runs the init hooks of one module's providers
   * side by side, so anything that needs topics at init (a consumer subscribing) awaits this.
   */
  ready(): Promise<void> {
    this.connecting ??= (async () => {
      await ensureTopics(this.kafka, allTopics(), this.options.topicsMode, this.options.replication);
      await Promise.all([this.producer.connect(), this.replyProducer.connect()]);
      this.readiness.register('kafka', () => this.clusterReachable());
      this.logger.log(`connected to ${this.options.brokers.join(',')}`);
    })();
    return this.connecting;
  }

  /** Runs after the consumers have stopped (Nest closes microservices first). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.producer.disconnect(), this.replyProducer.disconnect()]);
    await this.admin?.disconnect().catch(() => undefined);
  }

  private async clusterReachable(): Promise<boolean> {
    try {
      this.admin ??= this.kafka.admin({ retry: { retries: 0 } });
      await this.admin.connect();
      const cluster = await this.admin.describeCluster();
      return cluster.brokers.length > 0;
    } catch (error) {
      const admin = this.admin;
      this.admin = undefined;
      await admin?.disconnect().catch(() => undefined);
      throw error;
    }
  }
}
