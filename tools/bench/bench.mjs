#!/usr/bin/env node
// `npm run bench`: measures the platform as built, on this machine, against the real local Kafka
// and FerretDB (and Mailpit, for a service that sends mail), and prints a table. It starts its own
// gateway and applications processes (fresh databases), so it does not disturb a running
// `npm start`. FerretDB is not MongoDB: database figures here are an upper bound on latency, not a
// prediction for production (ADR 0001).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const { Kafka, logLevel } = require('kafkajs');
const infra = await import(pathToFileURL(path.join(root, 'tools', 'infra', 'infra.mjs')).href);
const { mailBench } = await import('./mail.mjs');
const { webhooksBench } = await import('./webhooks.mjs');

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

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

/** Runs `task` SAMPLES times with CONCURRENCY in flight; returns latencies and wall time. */
async function load(task) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < SAMPLES) {
        next++;
        latencies.push(await task());
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
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

async function main() {
  const { brokers, common } = await infrastructure();
  const run = randomUUID().slice(0, 8);
  const applications = await startService('applications', { ...common, MONGODB_DATABASE: `bench-applications-${run}` });
  const gateway = await startService('gateway', { ...common, MONGODB_DATABASE: `bench-gateway-${run}` });
  const kafka = new Kafka({ clientId: `bench-${run}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `bench-${run}`, maxWaitTimeInMs: 50 });
  try {
    const api = gateway.url;
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

    // Where each draft's event lands, to measure write → event on Kafka through the outbox.
    const seenAt = new Map();
    let fetched = false;
    consumer.on(consumer.events.FETCH, () => (fetched = true));
    await consumer.connect();
    await consumer.subscribe({ topic: 'pollen.applications.application-events.v2', fromBeginning: false });
    await consumer.run({ eachMessage: async ({ message }) => void seenAt.set(String(message.key), performance.now()) });
    while (!fetched) await sleep(50);

    const results = [];
    // Warm-up: JIT, connections, topic metadata.
    for (let i = 0; i < 20; i++) await call(`${api}/v1/programmes`, 'GET');

    results.push(
      row(
        'GET /health/live (management port: HTTP only)',
        await load(async () => (await call(`${gateway.managementUrl}/health/live`, 'GET')).ms),
      ),
    );
    results.push(
      row('GET /v1/programmes (request–reply)', await load(async () => (await call(`${api}/v1/programmes`, 'GET')).ms)),
    );
    // The same route signed in: the guard verifies the token and reads the account's denial (erasure),
    // and the account's requests are counted (one insert).
    results.push(
      row(
        'GET /v1/programmes signed in (+ token, denial, rate limit)',
        await load(async () => (await call(`${api}/v1/programmes`, 'GET', undefined, token)).ms),
      ),
    );
    const createdAt = new Map();
    results.push(
      row(
        'POST /v1/applications (write + outbox)',
        await load(async () => {
          const response = await call(
            `${api}/v1/applications`,
            'POST',
            { programmeId: programme.id, organisation: { name: 'Bench', siren: nextSiren() } },
            token,
          );
          if (response.status !== 201)
            throw new Error(`draft → ${response.status} ${JSON.stringify(response.payload)}`);
          createdAt.set(response.payload.id, performance.now());
          return response.ms;
        }),
      ),
    );
    const deadline = Date.now() + 30_000;
    while ([...createdAt.keys()].some((id) => !seenAt.has(id)) && Date.now() < deadline) await sleep(100);
    const lags = [...createdAt].filter(([id]) => seenAt.has(id)).map(([id, at]) => Math.max(0, seenAt.get(id) - at));
    results.push(
      row('draft answered → application.drafted on Kafka', { latencies: lags.sort((a, b) => a - b), seconds: 0 }),
    );

    console.log(
      `\nPollen benchmark — ${SAMPLES} samples per measure, ${CONCURRENCY} in flight, ${new Date().toISOString()}`,
    );
    console.table(results);
    console.table([
      { process: 'gateway', 'RSS after the run': `${rssMiB(gateway.child.pid).toFixed(0)} MiB` },
      { process: 'applications', 'RSS after the run': `${rssMiB(applications.child.pid).toFixed(0)} MiB` },
    ]);
  } finally {
    await consumer.disconnect().catch(() => undefined);
    gateway.child.kill('SIGTERM');
    applications.child.kill('SIGTERM');
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
