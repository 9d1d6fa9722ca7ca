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
    const groups = [...consumerGroups()].sort(([a], [b]) => a.localeCompare(b));
    // Each kind of question at once (one after the other they were a round trip per group and per
    // topic), but the groups' offsets before the topics' ends: an end read first could lie behind
    // an offset committed since, and the lag come out negative.
    const committed = await Promise.all(groups.map(([groupId, topics]) => admin.fetchOffsets({ groupId, topics })));
    const topics = [...new Set(groups.flatMap(([, topics]) => topics))];
    const ends = await Promise.all(
      topics.map(async (topic) => [topic, await admin.fetchTopicOffsets(topic).catch(() => [])] as const),
    );
    const endsOf = new Map(ends);
    return groups.flatMap(([group], index) =>
      committed[index].map(({ topic, partitions }) => {
        let lag = 0;
        for (const end of endsOf.get(topic) ?? []) {
          const offset = Number(partitions.find((each) => each.partition === end.partition)?.offset ?? -1);
          lag += Number(end.high) - (offset >= 0 ? offset : Number(end.low));
        }
        return { group, topic, lag };
      }),
    );
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
