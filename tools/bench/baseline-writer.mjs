// The write path's floor: an HTTP server doing a draft's physical work and nothing else — parse and
// check the body, insert one document, produce one message and await the broker's ack, answer 201.
// Prints its URL once listening. Configured by BENCH_BROKERS and BENCH_MONGODB_URI; its topic and
// database are its own, removed when it stops.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'));
const { Kafka, logLevel } = require('kafkajs');
// The driver mongoose ships (a direct dependency), as the services use it.
const { MongoClient } = require('mongoose').mongo;

const { BENCH_BROKERS, BENCH_MONGODB_URI } = process.env;
const run = randomUUID().slice(0, 8);
const BENCH_TOPIC = `bench.baseline.drafts.${run}`;
const mongo = new MongoClient(BENCH_MONGODB_URI);
await mongo.connect();
const database = mongo.db(`bench-baseline-${run}`);
const drafts = database.collection('drafts');
const kafka = new Kafka({ clientId: 'bench-baseline', brokers: BENCH_BROKERS.split(','), logLevel: logLevel.NOTHING });
const admin = kafka.admin();
await admin.connect();
await admin.createTopics({
  waitForLeaders: true,
  topics: [{ topic: BENCH_TOPIC, numPartitions: 1, replicationFactor: 1 }],
});
// The producer settings of libs/platform/kafka/src/kafka-options.ts.
const producer = kafka.producer({ allowAutoTopicCreation: false, maxInFlightRequests: 1 });
await producer.connect();

const valid = (body) =>
  typeof body?.programmeId === 'string' &&
  typeof body?.organisation?.name === 'string' &&
  /^\d{9}$/.test(body?.organisation?.siren ?? '');

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    const answer = (status, value) => {
      const bytes = Buffer.from(JSON.stringify(value));
      response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
      response.end(bytes);
    };
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (!valid(body)) return answer(400, { code: 'validation.failed' });
      const draft = { _id: randomUUID(), ...body, status: 'draft', createdAt: new Date() };
      await drafts.insertOne(draft);
      await producer.send({
        topic: BENCH_TOPIC,
        acks: -1,
        messages: [{ key: draft._id, value: JSON.stringify({ type: 'application.drafted', data: draft }) }],
      });
      answer(201, draft);
    } catch (error) {
      answer(500, { message: error.message });
    }
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
process.on('SIGTERM', async () => {
  server.close();
  await Promise.allSettled([
    producer.disconnect(),
    admin.deleteTopics({ topics: [BENCH_TOPIC] }),
    database.dropDatabase(),
  ]);
  await Promise.allSettled([admin.disconnect(), mongo.close()]);
  process.exit(0);
});
