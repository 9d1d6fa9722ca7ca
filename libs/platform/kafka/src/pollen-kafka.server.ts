import { ServerKafka } from '@nestjs/microservices';
import { consumedTopics, topicNamed } from '@pollen/contracts';
import type { Consumer } from 'kafkajs';

import { GroupLag } from './consumers/group-lag';
import { consumerConfig, kafkaClientConfig, type KafkaModuleOptions, producerConfig } from './kafka-options';

/**
 * What one consumer group of a service reads: the requests it answers, the events it follows, or
 * (the operations service) the dead letters of every consumer.
 */
export type ConsumedKind = 'requests' | 'events' | 'dead-letters';

/** The consumer group of a service for one kind of topic: what the operations status reads the lag of. */
export function consumerGroupOf(service: string, kind: ConsumedKind): string {
  return kind === 'events' ? service : `${service}-${kind}`;
}

/** Every consumer group the catalogue implies, and the topics each reads. */
export function consumerGroups(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const topic of consumedTopics()) {
    for (const service of topic.consumers) {
      const group = consumerGroupOf(service, topic.kind as ConsumedKind);
      groups.set(group, [...(groups.get(group) ?? []), topic.name]);
    }
  }
  return groups;
}

/**
 * Nest's Kafka transport, configured in one place, which also knows whether its consumer group
 * has joined (a service is not ready before its consumers have their partitions).
 * Handlers are `@EventPattern(topic)` methods that hand each message to the InboundProcessor, so
 * Nest never sees an exception: retries, dead letters and replies are ours.
 * A service runs one per kind of topic it reads, each in its own consumer group, so a backlog of
 * events (or a partition waiting for the database) never makes a request miss its deadline.
 */
export class PollenKafkaServer extends ServerKafka {
  private joined = false;
  private current?: Consumer;
  private stopped = false;
  private readonly group: string;
  private readonly lag: GroupLag;

  constructor(
    options: KafkaModuleOptions,
    private readonly kind: ConsumedKind,
  ) {
    const group = consumerGroupOf(options.service, kind);
    super(<ConstructorParameters<typeof ServerKafka>[0]>(<unknown>{
      client: kafkaClientConfig(options, `consumer-${kind}`),
      consumer: consumerConfig(options, group),
      producer: producerConfig(),
      // A new group starts from the first message kept: nothing published before the first
      // deployment is skipped. Requests past their deadline are dropped by the dispatcher.
      subscribe: { fromBeginning: true },
      run: { partitionsConsumedConcurrently: 3 },
      postfixId: '',
    }));
    this.group = group;
    this.lag = new GroupLag(group);
  }

  get isJoined(): boolean {
    return this.joined;
  }

  override async bindEvents(consumer: Parameters<ServerKafka['bindEvents']>[0]): Promise<void> {
    // Nest gives every server every handler: keep those of the topics of this server's kind.
    for (const pattern of [...this.messageHandlers.keys()]) {
      if (topicNamed(pattern)?.kind !== this.kind) this.messageHandlers.delete(pattern);
    }
    const kafkaConsumer = consumer as unknown as Consumer;
    this.current = kafkaConsumer;
    // A consumer replaced after a crash reports its STOP late: only the current one counts.
    const current = () => this.current === kafkaConsumer;
    kafkaConsumer.on(kafkaConsumer.events.GROUP_JOIN, ({ payload }) => {
      if (!current()) return;
      this.joined = true;
      this.lag.assigned(payload.memberAssignment);
    });
    for (const event of [kafkaConsumer.events.REBALANCING, kafkaConsumer.events.CRASH, kafkaConsumer.events.STOP]) {
      kafkaConsumer.on(event, () => {
        if (current()) this.joined = false;
      });
    }
    for (const event of [kafkaConsumer.events.CRASH, kafkaConsumer.events.STOP]) {
      kafkaConsumer.on(event, () => {
        if (current()) this.lag.clear();
      });
    }
    // kafkajs does not restart a consumer after some errors of a broker restart ("Failed to find
    // group coordinator"): the service would consume nothing until restarted. Start it again.
    kafkaConsumer.on(kafkaConsumer.events.CRASH, ({ payload }) => {
      if (payload.restart || !current()) return;
      this.logger.warn(
        `consumer of group ${this.group} stopped for good (${payload.error.message}); starting it again`,
      );
      this.restartSoon();
    });
    // kafkajs reports the lag of each partition before and after every batch: the consumer-lag
    // gauge. Before, too: a batch stuck waiting for a dependency shows the lag it holds back.
    for (const event of [kafkaConsumer.events.START_BATCH_PROCESS, kafkaConsumer.events.END_BATCH_PROCESS]) {
      kafkaConsumer.on(event, ({ payload }) =>
        this.lag.report(payload.topic, payload.partition, Number(payload.offsetLag)),
      );
    }
    await super.bindEvents(consumer);
  }

  /** Stopped by the service (shutdown): a crash from then on is not a reason to start again. */
  override async close(): Promise<void> {
    this.stopped = true;
    await super.close();
  }

  /**
   * Starts the consumer again, retrying until the broker lets it: right after a broker restart
   * connecting may still fail, and Nest's listen() reports that only to its callback.
   */
  private restartSoon(delayMs = 1000): void {
    setTimeout(() => {
      if (this.stopped) return;
      void super
        .close()
        .catch(() => undefined)
        .then(
          () =>
            new Promise<void>((resolve, reject) =>
              this.listen((error?: unknown) => (error ? reject(error as Error) : resolve())),
            ),
        )
        .catch((error: Error) => {
          this.logger.warn(`consumer of group ${this.group} not started yet (${error.message}); trying again`);
          this.restartSoon(Math.min(delayMs * 2, 10_000));
        });
    }, delayMs);
  }
}
