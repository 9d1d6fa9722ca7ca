// The request–reply floor's responder: answers every request with a reply of the same key, doing
// nothing else. A process of its own, as the owning service is. Prints one line once consuming.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'));
const { Kafka, logLevel } = require('kafkajs');

const { BENCH_BROKERS, BENCH_REQUESTS, BENCH_REPLIES } = process.env;
const kafka = new Kafka({ clientId: 'bench-responder', brokers: BENCH_BROKERS.split(','), logLevel: logLevel.NOTHING });
// The producer and consumer settings of libs/platform/kafka/src/kafka-options.ts (the test profile's).
const producer = kafka.producer({ allowAutoTopicCreation: false, maxInFlightRequests: 1 });
const consumer = kafka.consumer({ groupId: `${BENCH_REQUESTS}.responder`, maxWaitTimeInMs: 100 });
await producer.connect();
await consumer.connect();
await consumer.subscribe({ topic: BENCH_REQUESTS, fromBeginning: true });
consumer.on(consumer.events.GROUP_JOIN, () => process.stdout.write('consuming\n'));
await consumer.run({
  eachMessage: async ({ message }) => {
    await producer.send({ topic: BENCH_REPLIES, acks: -1, messages: [{ key: message.key, value: message.value }] });
  },
});
process.on('SIGTERM', async () => {
  await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
  process.exit(0);
});
