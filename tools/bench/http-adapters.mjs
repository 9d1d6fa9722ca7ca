#!/usr/bin/env node
// `npm run bench:http`: the gateway's HTTP throughput, in one run, against one applications
// service, with a bare `node:http` server as the floor (ADR 0010). Each server runs in its own
// process; autocannon (8 connections) loads one route of one server at a time, and the cells
// alternate between the servers over several rounds, so that whatever else the machine does
// weighs on each alike.
//
// ADR 0010 compared Nest on Express with Nest on Fastify this way. The services now run on
// Fastify only; to compare with another build of the gateway (Express's is the commit before
// ADR 0010, built in its own worktree), name its main.js:
//
//   BENCH_HTTP_BASELINE  another gateway build's main.js, measured beside this one (none)
//   BENCH_HTTP_SECONDS   seconds per measured cell (3)
//   BENCH_ROUNDS         rounds; each row is the median of the rounds (3)
//   BENCH_CONNECTIONS    connections (8)
//   BENCH_LOG_LEVEL      the services' LOG_LEVEL (info, as in production)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { httpLoad } = await import('./load.mjs');
const infra = await import(pathToFileURL(path.join(root, 'tools', 'infra', 'infra.mjs')).href);

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
const BASELINE = process.env.BENCH_HTTP_BASELINE;

/** The gateways measured: the baseline build, if any, then this one (Nest on Fastify). */
const GATEWAYS = [
  ...(BASELINE ? [{ name: 'baseline gateway', main: path.resolve(BASELINE) }] : []),
  { name: 'gateway (Nest on Fastify)', main: path.join(root, 'dist', 'apps', 'gateway', 'main.js') },
];

/** The routes measured: no I/O, request–reply over Kafka, and an error answered as problem+json. */
const ROUTES = [
  { name: 'GET /v1/unknown (404, no I/O)', path: '/v1/unknown', status: 404 },
  { name: 'GET /v1/programmes', path: '/v1/programmes', status: 200 },
  { name: 'GET /v1/programmes/not-an-id (404)', path: '/v1/programmes/not-an-id', status: 404 },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const logDir = path.join(root, '.pollen', 'bench');

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `args` with `env` on a free port and waits until `readyPath` answers 200 on it or on the
 * management port (a service's health is there; an older baseline build has it on its API port).
 */
async function startProcess(name, args, env, readyPath) {
  const port = await freePort();
  const managementPort = await freePort();
  const logFile = path.join(logDir, `http-${name}.log`);
  fs.mkdirSync(logDir, { recursive: true });
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), MANAGEMENT_PORT: String(managementPort) },
    stdio: ['ignore', out, out],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`${name} exited; see ${logFile}`);
    const answers = await Promise.all(
      [url, `http://127.0.0.1:${managementPort}`].map((base) =>
        fetch(`${base}${readyPath}`).then(
          (response) => response.status,
          () => 0,
        ),
      ),
    );
    if (answers.includes(200)) break;
    if (waited > 90_000) throw new Error(`${name} not ready; see ${logFile}`);
    await sleep(250);
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

const service = (name, main, env) =>
  startProcess(name, [main], { ...env, LOG_LEVEL, NODE_ENV: 'test', RATE_LIMIT_MULTIPLIER: '1000' }, '/health/ready');

/** One cell: a short warm-up (JIT, connections), then the measured run. */
async function measure(server, name, route) {
  const url = `${server}${route.path}`;
  const check = await fetch(url);
  if (check.status !== route.status) throw new Error(`${name} ${route.name} → ${check.status}`);
  const result = await httpLoad({ url, connections: CONNECTIONS, seconds: SECONDS, status: route.status });
  return {
    server: name,
    route: route.name,
    rps: Math.round(result.perSecond),
    p50: result.p50,
    p99: result.p99,
    errors: result.errors,
  };
}

async function createProgrammes(api) {
  const login = await fetch(`${api}/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'operator@pollen.local', password: 'pollen-operator' }),
  });
  const { accessToken } = await login.json();
  for (let i = 0; i < 5; i++) {
    const created = await fetch(`${api}/v1/programmes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        title: `Bench programme ${i}`,
        description: 'A programme for the HTTP benchmark',
        operatorName: 'Bench',
        kind: 'grant',
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000 * (30 + i)).toISOString(),
        budgetCents: 100_000_000,
        eligibility: { regions: ['FR-IDF'], minAmountCents: 1_000_000, maxAmountCents: 5_000_000 },
      }),
    });
    if (created.status !== 201) throw new Error(`programme → ${created.status} ${await created.text()}`);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One row per server and route: the median of the rounds, and the spread of req/s. */
function summarise(cells) {
  const rows = new Map();
  for (const cell of cells) {
    const key = `${cell.server}\u0000${cell.route}`;
    rows.set(key, [...(rows.get(key) ?? []), cell]);
  }
  return [...rows.values()].map((runs) => ({
    server: runs[0].server,
    route: runs[0].route,
    'req/s': median(runs.map((run) => run.rps)),
    'req/s min–max': `${Math.min(...runs.map((run) => run.rps))}–${Math.max(...runs.map((run) => run.rps))}`,
    'p50 ms': median(runs.map((run) => run.p50)),
    'p99 ms': median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  }));
}

async function main() {
  // The caller's infrastructure (KAFKA_BROKERS, MONGODB_URI and SMTP_URL), else the test profile's.
  const endpoints = infra.externalInfrastructure() ?? (await infra.up('test'));
  const common = {
    KAFKA_BROKERS: endpoints.kafkaBrokers,
    MONGODB_URI: endpoints.mongoUri,
    SMTP_URL: endpoints.smtpUrl,
  };
  const run = randomUUID().slice(0, 8);
  const cells = [];
  const started = [];
  try {
    const applications = path.join(root, 'dist', 'apps', 'applications', 'main.js');
    started.push(
      await service('applications', applications, { ...common, MONGODB_DATABASE: `bench-http-apps-${run}` }),
    );
    // The floor: what Node alone answers, with the same body as /health/live.
    const bare = await startProcess('node-http', [path.join(root, 'tools', 'bench', 'bare-server.mjs')], {}, '/');
    started.push(bare);
    // Every gateway runs for the whole run, against the same applications service.
    const gateways = [];
    for (const [index, { name, main }] of GATEWAYS.entries()) {
      const gateway = await service(`gateway-${index}`, main, {
        ...common,
        MONGODB_DATABASE: `bench-http-gateway-${index}-${run}`,
      });
      started.push(gateway);
      gateways.push({ server: name, url: gateway.url });
    }
    await createProgrammes(gateways[0].url);
    for (let round = 0; round < ROUNDS; round++) {
      cells.push(await measure(bare.url, 'node:http (floor)', ROUTES[0]));
      const order = round % 2 === 0 ? gateways : [...gateways].reverse();
      for (const route of ROUTES) {
        for (const gateway of order) cells.push(await measure(gateway.url, gateway.server, route));
      }
    }
  } finally {
    await Promise.all(started.map((process) => process.stop()));
  }

  const rows = summarise(cells);
  const floor = rows[0]['req/s'];
  const baseline = new Map(rows.filter((r) => r.server === 'baseline gateway').map((r) => [r.route, r['req/s']]));
  for (const row of rows) {
    row['× floor'] = (row['req/s'] / floor).toFixed(3);
    if (BASELINE)
      row['× baseline'] = baseline.has(row.route) ? (row['req/s'] / baseline.get(row.route)).toFixed(2) : '';
  }
  console.log(
    `\nPollen gateway HTTP — ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per cell (after 1 s ` +
      `of warm-up), medians; LOG_LEVEL=${LOG_LEVEL}, Node ${process.version}, ${new Date().toISOString()}`,
  );
  console.table(rows);
  const columns = Object.keys(rows[0]);
  console.log(`| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench:http] ${error.message}`);
    process.exit(1);
  },
);
