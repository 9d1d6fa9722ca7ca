// The floors each path of the platform is measured beside, in the same run, on the same machine
// and infrastructure: what the path would cost with none of our code in it.
//   - HTTP: a bare Node server answering the same bytes;
//   - request–reply: a bare kafkajs produce → consume → reply round trip on the same broker, with
//     the producer and consumer settings our services use (libs/platform/kafka/src/kafka-options.ts);
//   - write: tools/bench/baseline-writer.mjs, a process doing a draft's physical work and no more.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', '..', 'package.json'));
const { Kafka, logLevel } = require('kafkajs');

/** A bare Node HTTP server answering every request with `body` as JSON. */
export async function bareHttpServer(body) {
  const bytes = Buffer.from(body);
  const server = http.createServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
    response.end(bytes);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A responder (its own process, as a service is) consuming requests and producing replies, and a
 * requester here awaiting each reply by id: `roundTrip()` resolves with the milliseconds it took.
 */
export async function kafkaRoundTrip(brokers) {
  const run = randomUUID().slice(0, 8);
  const topics = { requests: `bench.floor.requests.${run}`, replies: `bench.floor.replies.${run}` };
  const kafka = new Kafka({ clientId: `bench-floor-${run}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: Object.values(topics).map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })),
  });
  const responder = spawn(process.execPath, [path.join(here, 'kafka-responder.mjs')], {
    env: { ...process.env, BENCH_BROKERS: brokers, BENCH_REQUESTS: topics.requests, BENCH_REPLIES: topics.replies },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    responder.stdout.once('data', resolve);
    responder.once('exit', (code) => reject(new Error(`the Kafka responder exited with ${code}`)));
  });

  const producer = kafka.producer({ allowAutoTopicCreation: false, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `bench-floor-${run}`, maxWaitTimeInMs: 100 });
  const waiting = new Map();
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic: topics.replies, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => waiting.get(String(message.key))?.() });

  const roundTrip = async () => {
    const id = randomUUID();
    const started = performance.now();
    const replied = new Promise((resolve) => waiting.set(id, resolve));
    await producer.send({ topic: topics.requests, acks: -1, messages: [{ key: id, value: JSON.stringify({ id }) }] });
    await replied;
    waiting.delete(id);
    return performance.now() - started;
  };
  // The first round trips wait for the consumers' assignments.
  await Promise.race([roundTrip(), new Promise((resolve) => setTimeout(resolve, 30_000))]);
  return {
    roundTrip,
    close: async () => {
      responder.kill('SIGTERM');
      await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
      await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
      await admin.disconnect();
    },
  };
}

/** The baseline writer as a process of its own, listening on a port of its own; its URL. */
export async function baselineWriter(env) {
  const child = spawn(process.execPath, [path.join(here, 'baseline-writer.mjs')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    child.once('exit', (code) => reject(new Error(`the baseline writer exited with ${code}`)));
  });
  return { url, child, close: () => child.kill('SIGTERM') };
}
