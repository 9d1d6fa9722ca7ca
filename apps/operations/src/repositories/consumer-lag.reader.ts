import type { ConsumerLagView } from '@pollen/contracts';

/** The port the status reads consumer groups' lag through; KafkaConsumerLag is the Kafka adapter. */
export abstract class ConsumerLagReader {
  /** Every consumer group of the catalogue on each topic it reads: messages not consumed yet. */
  abstract lag(): Promise<ConsumerLagView[]>;
}
