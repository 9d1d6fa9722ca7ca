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
  const logFile = path.join(root, '.pollen', 'bench', `${service}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(root, 'dist', 'apps', service, 'main.js')], {
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
  const endpoints = infra.externalInfrastructure() ?? (await infra.up('test'));
  return {
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

/**
 * `npm run bench`: each path through the platform beside its floor, measured in the same run —
 * the HTTP floor, the request–reply floor, the write floor — and each service's memory, idle and
 * after the load. Prints one table and writes bench/results/<date>T<hhmm>.json.
 */
async function main() {
  const { brokers, common } = await infrastructure();
  const run = randomUUID().slice(0, 8);
  const services = {};
  for (const service of ['applications', 'gateway'])
    services[service] = await startService(service, { ...common, MONGODB_DATABASE: `bench-${service}-${run}` });
  await sleep(2000);
  const idle = Object.fromEntries(Object.entries(services).map(([name, { child }]) => [name, rssMiB(child.pid)]));
  const floors = [];
  try {
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
    const signedIn = { authorization: `Bearer ${token}` };
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
        await http({ url: catalogue, headers: { authorization: `Bearer ${operator}` } }),
        'bare node:http',
        bareCatalogue,
      ),
    );

    const kafkaFloor = await kafkaRoundTrip(brokers);
    floors.push(kafkaFloor);
    rows.push(
      pair(
        'GET /v1/applications/{id} (owned read)',
        await http({ url: `${api}/v1/applications/${draft.id}`, headers: signedIn }),
        'bare kafkajs round trip',
        await loop(kafkaFloor.roundTrip),
        '≥ 0.5×',
      ),
    );

    const writer = await baselineWriter({ BENCH_BROKERS: brokers, BENCH_MONGODB_URI: common.MONGODB_URI });
    floors.push(writer);
    const writes = (url) =>
      http({
        url,
        method: 'POST',
        status: 201,
        headers: { ...signedIn, 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: draftBody(programme.id) }) }],
      });
    rows.push(
      pair(
        'POST /v1/applications (draft: write + outbox)',
        await writes(`${api}/v1/applications`),
        'baseline writer',
        await writes(writer.url),
        '≥ 0.7×',
      ),
    );

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
    const tool = loadTool;
    console.log(
      `\nPollen benchmark — ${SECONDS} s per measure after 1 s of warm-up, ${CONCURRENCY} in flight, ` +
        `${tool.name} ${tool.version}, node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()}`,
    );
    console.table(rows);
    console.table(memory);
    const file = path.join(root, 'bench', 'results', `${new Date().toISOString().slice(0, 16).replace(':', '')}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const machine = {
      node: process.version,
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    };
    fs.writeFileSync(
      file,
      `${JSON.stringify({ at: new Date().toISOString(), tool, machine, seconds: SECONDS, concurrency: CONCURRENCY, rows, memory }, null, 2)}\n`,
    );
    console.log(`written to ${path.relative(root, file)}`);
  } finally {
    await Promise.allSettled(floors.map((floor) => floor.close()));
    for (const { child } of Object.values(services)) child.kill('SIGTERM');
    await sleep(1000);
  }
}

/**
 * `npm run bench -- documents`: legal documents through the gateway and the legal-templates
 * service as built, beside the request–reply floor measured in the same run: a preview (HTML in
 * a worker of its own) and generated documents (HTML, PDF and DOCX, each file hashed and stored).
 * Two in flight: the machine has two cores, and each render takes one.
 */
async function documentsBench() {
  const samples = Number(process.env.BENCH_DOCUMENT_SAMPLES ?? 40);
  const { common } = await infrastructure();
  const run = randomUUID().slice(0, 8);
  const templates = await startService('legal-templates', { ...common, MONGODB_DATABASE: `bench-templates-${run}` });
  const gateway = await startService('gateway', { ...common, MONGODB_DATABASE: `bench-gateway-${run}` });
  const api = gateway.url;
  const operator = (
    await call(`${api}/v1/auth/login`, 'POST', { email: 'operator@pollen.local', password: 'pollen-operator' })
  ).payload.accessToken;
  const version = async (key) =>
    (await call(`${api}/v1/legal-templates/${key}`, 'GET', undefined, operator)).payload.versions[0].version;
  const party = { name: 'Atelier Vélo Solidaire', legalForm: 'association', siren: '732829320' };
  const funder = { name: 'Fonds Solidaire Démo', legalForm: 'SAS', siren: '552100554' };
  const nda = {
    discloser: party,
    recipient: funder,
    project: 'Ateliers vélo solidaires',
    durationYears: 3,
    signing: { date: '2026-12-01' },
  };
  // A 60-month loan: a repayment table of 60 rows, several pages in every format.
  const schedule = Array.from({ length: 60 }, (_, i) => ({
    dueOn: `${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-28`,
    principalCents: 50_000,
    interestCents: Math.round(((60 - i) * 50_000 * 2.5) / 100 / 12),
    remainingCents: (59 - i) * 50_000,
  }));
  const loan = {
    lender: funder,
    borrower: party,
    project: 'Recyclerie de quartier',
    amountCents: 3_000_000,
    annualRatePercent: 2.5,
    durationMonths: 60,
    graceMonths: 0,
    schedule,
    signing: { date: '2026-12-01' },
  };
  const generate = (templateKey, variables) => async () => {
    const response = await call(`${api}/v1/documents`, 'POST', { templateKey, locale: 'fr', variables }, operator);
    if (response.status !== 201) throw new Error(`document → ${response.status} ${JSON.stringify(response.payload)}`);
    return response.ms;
  };
  const measure = async (name, task) => {
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        while (next < samples) {
          next++;
          latencies.push(await task());
        }
      }),
    );
    return row(name, { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 });
  };
  try {
    const ndaVersion = await version('accord-de-confidentialite');
    for (let i = 0; i < 5; i++) await generate('accord-de-confidentialite', nda)();
    const results = [
      await measure('GET /v1/legal-templates (request–reply floor)', async () => {
        return (await call(`${api}/v1/legal-templates`, 'GET', undefined, operator)).ms;
      }),
      await measure('POST …/preview, confidentiality agreement (HTML, own worker)', async () => {
        const started = performance.now();
        const response = await fetch(
          `${api}/v1/legal-templates/accord-de-confidentialite/versions/${ndaVersion}/preview`,
          {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${operator}` },
            body: JSON.stringify({ locale: 'fr', variables: nda }),
          },
        );
        await response.text();
        if (response.status !== 200) throw new Error(`preview → ${response.status}`);
        return performance.now() - started;
      }),
      await measure(
        'POST /v1/documents, confidentiality agreement (HTML+PDF+DOCX)',
        generate('accord-de-confidentialite', nda),
      ),
      await measure('POST /v1/documents, 60-month loan agreement (HTML+PDF+DOCX)', generate('contrat-de-pret', loan)),
    ];
    console.log(
      `\nPollen documents benchmark — ${samples} samples per measure, 2 in flight, ${new Date().toISOString()}`,
    );
    console.table(results);
    console.table([
      { process: 'legal-templates', 'RSS after the run': `${rssMiB(templates.child.pid).toFixed(0)} MiB` },
      { process: 'gateway', 'RSS after the run': `${rssMiB(gateway.child.pid).toFixed(0)} MiB` },
    ]);
  } finally {
    gateway.child.kill('SIGTERM');
    templates.child.kill('SIGTERM');
    await sleep(1000);
  }
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

const BENCHES = {
  matching: matchingBench,
  documents: documentsBench,
  mail: () => mailBench({ infrastructure, startService, row, rssMiB }),
  webhooks: () => webhooksBench({ infrastructure, startService, row, rssMiB }),
};
(BENCHES[process.argv[2]] ?? main)().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench] ${error.message}`);
    process.exit(1);
  },
);
