import { counter, gauge, histogram } from '@pollen/platform/health';

export const kafkaMetrics = {
  consumed: counter('pollen_messages_consumed_total', 'Messages handled, by topic, type and outcome', [
    'topic',
    'type',
    'outcome',
  ] as const),
  produced: counter('pollen_messages_produced_total', 'Messages published, by topic and type', [
    'topic',
    'type',
  ] as const),
  failed: counter('pollen_message_attempts_failed_total', 'Failed handling attempts, by topic and type', [
    'topic',
    'type',
  ] as const),
  deadLetters: counter('pollen_dead_letters_total', 'Messages sent to a dead-letter topic', [
    'topic',
    'reason',
  ] as const),
  handlerSeconds: histogram('pollen_message_handler_seconds', 'Time spent handling one message', [
    'topic',
    'type',
  ] as const),
  consumerLag: gauge('pollen_consumer_lag_messages', 'Messages not yet consumed, by group, topic and partition', [
    'group',
    'topic',
    'partition',
  ] as const),
  requestSeconds: histogram('pollen_request_reply_seconds', 'Gateway request–reply round trips, by type and outcome', [
    'type',
    'outcome',
  ] as const),
};
