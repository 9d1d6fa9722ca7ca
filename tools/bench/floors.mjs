// The floors each path of the platform is measured beside, in the same run, on the same machine
// and infrastructure: what the path would cost with none of our code in it.
//   - HTTP: a bare Node server answering the same bytes (tools/bench/bare-server.mjs);
//   - request–reply: a bare kafkajs produce → consume → reply round trip on the same broker, with
//     the producer and consumer settings our services use (libs/platform/kafka/src/kafka-options.ts);
//   - write: tools/bench/baseline-writer.mjs, a process doing a draft's physical work and no more.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', '..', 'package.json'));
const { Kafka, logLevel } = require('kafkajs');

/** A round trip counts as an error past this; the first one, waiting for assignments, too. */
const ROUND_TRIP_LIMIT_MS = 30_000;

/** tools/bench/bare-server.mjs answering every request with `body`, in a process of its own. */
export async function bareHttpServer(body) {
  const { line: url, child } = await startScript('bare-server.mjs', { BENCH_BODY: body });
  return { url, close: () => child.kill('SIGTERM') };
}

/** Starts tools/bench/<script> with `env`; resolves once it prints its first line (ready: its URL). */
async function startScript(script, env) {
  const child = spawn(process.execPath, [path.join(here, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { line, child };
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
  const { child: responder } = await startScript('kafka-responder.mjs', {
    BENCH_BROKERS: brokers,
    BENCH_REQUESTS: topics.requests,
    BENCH_REPLIES: topics.replies,
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
    let timer;
    const replied = new Promise((resolve, reject) => {
      waiting.set(id, resolve);
      timer = setTimeout(
        () => reject(new Error(`no reply to ${id} within ${ROUND_TRIP_LIMIT_MS} ms`)),
        ROUND_TRIP_LIMIT_MS,
      );
    });
    try {
      await producer.send({ topic: topics.requests, acks: -1, messages: [{ key: id, value: JSON.stringify({ id }) }] });
      await replied;
      return performance.now() - started;
    } finally {
      clearTimeout(timer);
      waiting.delete(id);
    }
  };
  // The first round trip waits for the consumers' assignments.
  await roundTrip();
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
  const { line: url, child } = await startScript('baseline-writer.mjs', env);
  return { url, close: () => child.kill('SIGTERM') };
}
