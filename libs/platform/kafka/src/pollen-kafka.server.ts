import { ServerKafka } from '@nestjs/microservices';
import type { Consumer } from 'kafkajs';
import { kafkaMetrics } from './kafka.metrics';
import { consumerConfig, kafkaClientConfig, type KafkaModuleOptions, producerConfig } from './kafka-options';

/**
 * Nest's Kafka transport, configured in one place, which also knows whether its consumer group
 * has joined (a service is not ready before its consumers have their partitions).
 * Handlers are `@EventPattern(topic)` methods that hand each message to the InboundProcessor, so
 * Nest never sees an exception: retries, dead letters and replies are ours.
 */
export class PollenKafkaServer extends ServerKafka {
  private joined = false;
  private readonly group: string;

  constructor(options: KafkaModuleOptions) {
    super(<ConstructorParameters<typeof ServerKafka>[0]>(<unknown>{
      client: kafkaClientConfig(options, 'consumer'),
      consumer: consumerConfig(options, options.service),
      producer: producerConfig(),
      // A new group starts from the first message kept: nothing published before the first
      // deployment is skipped. Requests past their deadline are dropped by the dispatcher.
      subscribe: { fromBeginning: true },
      run: { partitionsConsumedConcurrently: 3 },
      postfixId: '',
    }));
    this.group = options.service;
  }

  get isJoined(): boolean {
    return this.joined;
  }

  override async bindEvents(consumer: Parameters<ServerKafka['bindEvents']>[0]): Promise<void> {
    const kafkaConsumer = consumer as unknown as Consumer;
    kafkaConsumer.on(kafkaConsumer.events.GROUP_JOIN, () => (this.joined = true));
    for (const event of [kafkaConsumer.events.REBALANCING, kafkaConsumer.events.CRASH, kafkaConsumer.events.STOP]) {
      kafkaConsumer.on(event, () => (this.joined = false));
    }
    // kafkajs reports the lag of each partition after every batch: the consumer-lag gauge.
    kafkaConsumer.on(kafkaConsumer.events.END_BATCH_PROCESS, ({ payload }) =>
      kafkaMetrics.consumerLag.set(
        { group: this.group, topic: payload.topic, partition: String(payload.partition) },
        Number(payload.offsetLag),
      ),
    );
    await super.bindEvents(consumer);
  }
}
