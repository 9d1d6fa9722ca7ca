#!/usr/bin/env node
// `npm run bench`: measures the platform as built, on this machine, against the real local Kafka
// and FerretDB (and Mailpit, for a service that sends mail), each path beside its floor measured in
// the same run (tools/bench/floors.mjs), so that what the machine does weighs on both alike. It
// starts its own services (fresh databases), so it does not disturb a running `npm start`. FerretDB
// is not MongoDB: database figures here are an upper bound on latency, not a prediction for
// production (ADR 0001). Benchmarks report; they never fail the build.
//
//   BENCH_SECONDS      seconds per measure, after one second of warm-up (5)
//   BENCH_CONCURRENCY  requests in flight (8)
//   BENCH_CPU_PROFILE  a folder: every service started here writes a V8 CPU profile into it when it
//                      stops (`node --cpu-prof`), summarised by tools/bench/profile-summary.mjs
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const infra = await import(pathToFileURL(path.join(root, 'tools', 'infra', 'infra.mjs')).href);
const { baselineWriter, bareHttpServer, kafkaRoundTrip } = await import('./floors.mjs');
const { httpLoad, loadTool } = await import('./load.mjs');
const { mailBench } = await import('./mail.mjs');
const { webhooksBench } = await import('./webhooks.mjs');
const { writeResult } = await import('./results.mjs');

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Valid SIRENs (Luhn), different every call. */
let sirenSeed = 100_000_00;
function nextSiren() {
  for (;;) {
    const base = String(sirenSeed++).padStart(8, '0');
    for (let check = 0; check < 10; check++) {
      const candidate = `${base}${check}`;
      const sum = [...candidate].reverse().reduce((total, c, i) => {
        let d = Number(c);
        if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        return total + d;
      }, 0);
      if (sum % 10 === 0) return candidate;
    }
  }
}

async function startService(service, env) {
  const port = await freePort();
  const managementPort = await freePort();
  // One file per process: a run starts several of one service (each backend), each on its database.
  const logFile = path.join(root, '.pollen', 'bench', `${env.MONGODB_DATABASE ?? service}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'w');
  const profiling = process.env.BENCH_CPU_PROFILE
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`,
        `--cpu-prof-name=${env.MONGODB_DATABASE ?? service}.cpuprofile`,
      ]
    : [];
  const child = spawn(process.execPath, [...profiling, path.join(root, 'dist', 'apps', service, 'main.js')], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      MANAGEMENT_PORT: String(managementPort),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      RATE_LIMIT_MULTIPLIER: '1000',
    },
    stdio: ['ignore', out, out],
  });
  const url = `http://127.0.0.1:${port}`;
  const managementUrl = `http://127.0.0.1:${managementPort}`;
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`${service} exited; see ${logFile}`);
    if ((await fetch(`${managementUrl}/health/ready`).catch(() => undefined))?.status === 200) break;
    if (waited > 90_000) throw new Error(`${service} not ready; see ${logFile}`);
    await sleep(250);
  }
  return { child, url, managementUrl };
}

const rssMiB = (pid) => {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.replace(/\D+/g, '')) / 1024;
};

/** A service's live JavaScript heap, from its Prometheus metrics (prom-client's default ones). */
async function heapUsedBytes(managementUrl) {
  const metrics = await (await fetch(`${managementUrl}/metrics`)).text();
  return Number(/^nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)$/m.exec(metrics)?.[1] ?? NaN);
}

async function call(url, method, body, token) {
  const started = performance.now();
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json();
  return { ms: performance.now() - started, status: response.status, payload };
}

const row = (name, { latencies, seconds }, unit = 'ms') => ({
  measure: name,
  samples: latencies.length,
  p50: `${percentile(latencies, 50).toFixed(1)} ${unit}`,
  p95: `${percentile(latencies, 95).toFixed(1)} ${unit}`,
  p99: `${percentile(latencies, 99).toFixed(1)} ${unit}`,
  throughput: seconds ? `${(latencies.length / seconds).toFixed(0)} /s` : '—',
});

/**
 * What every service gets: the caller's infrastructure (KAFKA_BROKERS and MONGODB_URI, with
 * SMTP_URL), else the test profile's, brought up here with its Mailpit.
 */
async function infrastructure() {
  const external = infra.externalInfrastructure();
  const endpoints = external ?? (await infra.up('test'));
  return {
    /** The test profile's settings, when the infrastructure is ours rather than the caller's. */
    settings: external ? undefined : endpoints,
    brokers: endpoints.kafkaBrokers,
    mailApiUrl: endpoints.mailApiUrl,
    common: { KAFKA_BROKERS: endpoints.kafkaBrokers, MONGODB_URI: endpoints.mongoUri, SMTP_URL: endpoints.smtpUrl },
  };
}

/** One path loaded over HTTP (tools/bench/load.mjs). */
const http = (options) => httpLoad({ ...options, connections: CONCURRENCY, seconds: SECONDS });

/** The same shape for a round trip that is not HTTP: CONCURRENCY loops for SECONDS. */
async function loop(task) {
  for (let i = 0; i < 20; i++) await task();
  const latencies = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) latencies.push(await task().catch(() => (errors++, Infinity)));
    }),
  );
  const sorted = latencies.filter(Number.isFinite).sort((a, b) => a - b);
  return {
    perSecond: sorted.length / ((performance.now() - started) / 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors,
  };
}

/** A row of the table: our path beside its floor, and our throughput as a share of the floor's. */
const pair = (measure, ours, floorName, floor, target) => ({
  measure,
  'ours /s': Math.round(ours.perSecond),
  'ours p50–p99 ms': `${ours.p50.toFixed(1)}–${ours.p99.toFixed(1)}`,
  floor: floorName,
  'floor /s': floor ? Math.round(floor.perSecond) : '—',
  'floor p50–p99 ms': floor ? `${floor.p50.toFixed(1)}–${floor.p99.toFixed(1)}` : '—',
  '× floor': floor ? Number((ours.perSecond / floor.perSecond).toFixed(2)) : '—',
  target: target ?? '—',
  errors: ours.errors + (floor?.errors ?? 0),
});

const draftBody = (programmeId) => JSON.stringify({ programmeId, organisation: { name: 'Bench', siren: nextSiren() } });

/** Gateway and applications on fresh databases of `common`'s FerretDB, with what the paths need. */
async function startPlatform(common) {
  const run = randomUUID().slice(0, 8);
  const services = {};
  for (const service of ['applications', 'gateway'])
    services[service] = await startService(service, { ...common, MONGODB_DATABASE: `bench-${service}-${run}` });
  const api = services.gateway.url;
  const credentials = { email: `bench-${run}@example.org`, password: 'a long enough password' };
  await call(`${api}/v1/auth/register`, 'POST', {
    ...credentials,
    role: 'applicant',
    displayName: 'Bench',
    locale: 'fr',
  });
  const token = (await call(`${api}/v1/auth/login`, 'POST', credentials)).payload.accessToken;
  const operator = (
    await call(`${api}/v1/auth/login`, 'POST', { email: 'operator@pollen.local', password: 'pollen-operator' })
  ).payload.accessToken;
  const programme = (
    await call(
      `${api}/v1/programmes`,
      'POST',
      {
        title: `Bench ${run}`,
        description: 'Benchmark programme',
        operatorName: 'Bench',
        kind: 'grant',
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000 * 30).toISOString(),
        budgetCents: 100_000_000,
        eligibility: {},
      },
      operator,
    )
  ).payload;
  const draft = (await call(`${api}/v1/applications`, 'POST', JSON.parse(draftBody(programme.id)), token)).payload;
  let stopped;
  const stop = () => (stopped ??= Promise.all(Object.values(services).map(stopService)));
  return { services, api, token, operator, programme, draft, stop };
}

/**
 * The paths that read and write the database — an owned read, a draft — each beside its floor: the
 * bare round trip (`kafkaFloor`, measured once: the broker is the same) and a baseline writer on
 * the same FerretDB.
 */
async function storagePaths(platform, { brokers, mongoUri, backend, kafkaFloor }) {
  const signedIn = { authorization: `Bearer ${platform.token}` };
  const writer = await baselineWriter({ BENCH_BROKERS: brokers, BENCH_MONGODB_URI: mongoUri });
  try {
    const writes = (url) =>
      http({
        url,
        method: 'POST',
        status: 201,
        headers: { ...signedIn, 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: draftBody(platform.programme.id) }) }],
      });
    return [
      pair(
        `GET /v1/applications/{id} (owned read), FerretDB on ${backend}`,
        await http({ url: `${platform.api}/v1/applications/${platform.draft.id}`, headers: signedIn }),
        'bare kafkajs round trip',
        kafkaFloor,
        '≥ 0.5×',
      ),
      pair(
        `POST /v1/applications (draft: write + event), FerretDB on ${backend}`,
        await writes(`${platform.api}/v1/applications`),
        `baseline writer, FerretDB on ${backend}`,
        await writes(writer.url),
        '≥ 0.7×',
      ),
    ];
  } finally {
    await writer.close();
  }
}

/**
 * The test profile's FerretDB on the other backend (SQLite or PostgreSQL), on ports of its own
 * under .pollen/bench, so that both backends are measured in the same run.
 */
async function otherFerretDb(settings) {
  const backend = settings.ferretBackend === 'sqlite' ? 'postgresql' : 'sqlite';
  const other = infra.settings('test', {
    ...process.env,
    POLLEN_INFRA_DIR: path.join(root, '.pollen', 'bench'),
    POLLEN_FERRETDB_BACKEND: backend,
    POLLEN_MONGO_PORT: String(await freePort()),
    POLLEN_POSTGRES_PORT: String(await freePort()),
  });
  const stop = async () => {
    await infra.stopFerretDb(other);
    await infra.stopPostgres(other);
  };
  // Left running by an interrupted run, it would listen on that run's ports, not these.
  await stop();
  try {
    await infra.startFerretDb(other);
  } catch (error) {
    await stop();
    throw error;
  }
  return { backend, mongoUri: other.mongoUri, stop };
}

/**
 * `npm run bench`: each path through the platform beside its floor, measured in the same run —
 * the HTTP floor, the request–reply floor, the write floor, the database paths on both of
 * FerretDB's backends — and each service's memory, idle and after the load. Prints one table and
 * writes bench/results/<date>T<hhmm>.json.
 */
async function main() {
  const { brokers, common, settings } = await infrastructure();
  const backend = settings?.ferretBackend ?? 'the given MONGODB_URI';
  const platform = await startPlatform(common);
  const { services, api } = platform;
  await sleep(2000);
  const idle = Object.fromEntries(Object.entries(services).map(([name, { child }]) => [name, rssMiB(child.pid)]));
  const floors = [];
  const stops = [platform.stop];
  try {
    const rows = [];
    const health = `${services.gateway.managementUrl}/health/live`;
    const healthFloor = await bareHttpServer(await (await fetch(health)).text());
    floors.push(healthFloor);
    rows.push(
      pair('GET /health/live', await http({ url: health }), 'bare node:http', await http({ url: healthFloor.url })),
    );

    const catalogue = `${api}/v1/programmes`;
    const catalogueFloor = await bareHttpServer(await (await fetch(catalogue)).text());
    floors.push(catalogueFloor);
    const bareCatalogue = await http({ url: catalogueFloor.url });
    rows.push(
      pair(
        'GET /v1/programmes (catalogue, from the cache)',
        await http({ url: catalogue }),
        'bare node:http',
        bareCatalogue,
        '≥ 0.8×',
      ),
    );

    // Operators always ask the applications service (ADR 0020): the catalogue without the cache.
    rows.push(
      pair(
        'GET /v1/programmes as an operator (no cache)',
        await http({ url: catalogue, headers: { authorization: `Bearer ${platform.operator}` } }),
        'bare node:http',
        bareCatalogue,
      ),
    );

    const kafka = await kafkaRoundTrip(brokers);
    floors.push(kafka);
    const kafkaFloor = await loop(kafka.roundTrip);
    rows.push(...(await storagePaths(platform, { brokers, mongoUri: common.MONGODB_URI, backend, kafkaFloor })));

    const after = Object.fromEntries(Object.entries(services).map(([name, { child }]) => [name, rssMiB(child.pid)]));
    const memory = [];
    for (const [name, service] of Object.entries(services)) {
      memory.push({
        service: name,
        'idle MiB': Math.round(idle[name]),
        'after the load MiB': Math.round(after[name]),
        // What of it is JavaScript's live heap: the rest is V8's unused heap, code and buffers.
        'heap used MiB': Math.round((await heapUsedBytes(service.managementUrl)) / 2 ** 20),
        target: '< 200 MiB',
      });
    }
    await platform.stop();

    // The other backend, on a FerretDB of its own: the same paths, the same broker, fresh services.
    // Without it (no PostgreSQL, and not root to install it), the rest of the table still stands.
    if (settings) {
      try {
        const other = await otherFerretDb(settings);
        stops.push(other.stop);
        const second = await startPlatform({ ...common, MONGODB_URI: other.mongoUri });
        stops.push(second.stop);
        rows.push(
          ...(await storagePaths(second, { brokers, mongoUri: other.mongoUri, backend: other.backend, kafkaFloor })),
        );
      } catch (error) {
        console.error(`[bench] the other FerretDB backend is not measured: ${error.message}`);
      }
    }

    const tool = loadTool;
    console.log(
      `\nPollen benchmark — ${SECONDS} s per measure after 1 s of warm-up, ${CONCURRENCY} in flight, ` +
        `${tool.name} ${tool.version}, node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()}`,
    );
    console.table(rows);
    console.log(`memory: the services on FerretDB's ${backend} backend`);
    console.table(memory);
    writeResult(undefined, { tool, backend, seconds: SECONDS, concurrency: CONCURRENCY, rows, memory });
  } finally {
    await Promise.allSettled(floors.map((floor) => floor.close()));
    // Services first, then the database they use.
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

/** Stops a service gracefully: a CPU profile is written only when its process exits by itself. */
function stopService({ child }) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
}

/** `npm run bench -- matching`: the matcher alone, in process (apps/matching/bench/matching.bench.ts). */
function matchingBench() {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '-r', '@swc-node/register', path.join(root, 'apps', 'matching', 'bench', 'matching.bench.ts')],
    { cwd: root, stdio: 'inherit', env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json') } },
  );
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`matching bench exited with ${code}`)))),
  );
}

/** What the end-to-end benches (tools/bench/journey) take from this file. */
const journeyDeps = { infrastructure, startService, stopService, row, rssMiB, nextSiren, percentile };

const BENCHES = {
  matching: matchingBench,
  documents: async () =>
    (await import('./documents.mjs')).documentsBench({ infrastructure, startService, stopService, call, row, rssMiB }),
  mail: () => mailBench({ infrastructure, startService, row, rssMiB }),
  webhooks: () => webhooksBench({ infrastructure, startService, row, rssMiB }),
  journey: async () => (await import('./journey/index.mjs')).journeyBench(journeyDeps),
  rush: async () => (await import('./journey/index.mjs')).rushBench(journeyDeps),
};
(BENCHES[process.argv[2]] ?? main)().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench] ${error.message}`);
    process.exit(1);
  },
);
