import { kafkaMetrics } from '../kafka.metrics';

/**
 * The consumer-lag gauge of one consumer group of this process: a series for each partition it
 * holds now. After a rebalance the partitions it lost leave the gauge (another replica reports
 * them), and when the consumer stops, all of them do: a replica never reports a lag it no longer
 * owns, which would add up twice or stay frozen.
 */
export class GroupLag {
  private readonly reported = new Map<string, { topic: string; partition: number }>();

  constructor(private readonly group: string) {}

  report(topic: string, partition: number, lag: number): void {
    this.reported.set(`${topic}/${partition}`, { topic, partition });
    kafkaMetrics.consumerLag.set(this.labels(topic, partition), lag);
  }

  /** The group's new assignment, as kafkajs' GROUP_JOIN gives it: partitions by topic. */
  assigned(assignment: Record<string, number[]>): void {
    for (const [key, { topic, partition }] of this.reported) {
      if (assignment[topic]?.includes(partition)) continue;
      kafkaMetrics.consumerLag.remove(this.labels(topic, partition));
      this.reported.delete(key);
    }
  }

  /** The consumer stopped or crashed: it holds nothing. */
  clear(): void {
    this.assigned({});
  }

  private labels(topic: string, partition: number) {
    return { group: this.group, topic, partition: String(partition) };
  }
}
