import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConsumerLagView } from '@pollen/contracts';
import { consumerGroups, KafkaConnection } from '@pollen/platform/kafka';
import type { Admin } from 'kafkajs';

import { ConsumerLagReader } from '../repositories/consumer-lag.reader';

/**
 * The lag of every consumer group the catalogue implies, from Kafka's admin API (never by asking
 * the services): the end offset of each partition minus the group's committed offset. A group that
 * committed nothing yet lags by every message kept.
 */
@Injectable()
export class KafkaConsumerLag extends ConsumerLagReader implements OnModuleDestroy {
  private admin?: Admin;

  constructor(private readonly connection: KafkaConnection) {
    super();
  }

  async lag(): Promise<ConsumerLagView[]> {
    const admin = await this.connected();
    const ends = new Map<string, { partition: number; high: string; low: string }[]>();
    const endsOf = async (topic: string) => {
      if (!ends.has(topic)) ends.set(topic, await admin.fetchTopicOffsets(topic).catch(() => []));
      return ends.get(topic) ?? [];
    };
    const views: ConsumerLagView[] = [];
    for (const [group, topics] of [...consumerGroups()].sort(([a], [b]) => a.localeCompare(b))) {
      const committed = await admin.fetchOffsets({ groupId: group, topics });
      for (const { topic, partitions } of committed) {
        let lag = 0;
        for (const end of await endsOf(topic)) {
          const offset = Number(partitions.find((each) => each.partition === end.partition)?.offset ?? -1);
          lag += Number(end.high) - (offset >= 0 ? offset : Number(end.low));
        }
        views.push({ group, topic, lag });
      }
    }
    return views;
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }

  private async connected(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.connection.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}
