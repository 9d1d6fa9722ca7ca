#!/usr/bin/env node
// What `npm start` runs: the whole of Pollen on this machine, no Docker. Installs dependencies if
// needed, brings up Kafka + FerretDB + Mailpit (profile "dev") unless KAFKA_BROKERS and MONGODB_URI are
// both set (then SMTP_URL and MAIL_API_URL are required too), builds the services of
// libs/contracts/src/services.js and the web portal (apps/portal, into dist/apps/portal, which the
// gateway serves under /), starts the services with their logs in .pollen/dev/logs/<service>.log,
// waits until every /health/ready answers 200, seeds demo data (tools/seed/seed.mjs, when present)
// and prints where everything is, the portal first (the mails sent too: Mailpit's API). Ctrl-C
// stops the services, then the infrastructure if it started it.
// POLLEN_READY_TIMEOUT_S (default 120) bounds the wait for each service's readiness.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { SERVICES } from '../../libs/contracts/src/services.js';
import { DEMO_PASSWORDS, demoApplicant, demoInvestors } from '../seed/people.mjs';
import { externalInfrastructure, infraUp, nxEnv, repoRoot, run, say, withoutPassword } from './common.mjs';
import { ensureDeps } from './ensure-deps.mjs';

// SERVICES (libs/contracts/src/services.js) is in start order: back-end services first, the
// gateway last (its readiness needs its Kafka reply consumer).
const READY_TIMEOUT_MS = Number(process.env.POLLEN_READY_TIMEOUT_S ?? 120) * 1000;
const STOP_TIMEOUT_MS = 15_000;
const logsDir = path.join(repoRoot, '.pollen', 'dev', 'logs');
const seedScript = path.join(repoRoot, 'tools', 'seed', 'seed.mjs');
/** The web portal's build, which the gateway serves from its own origin (its PORTAL_DIR). */
const portalIndex = path.join('dist', 'apps', 'portal', 'index.html');

const started = Date.now();
const running = new Map(); // name -> { child, port, logFile, exited }
let infraStarting; // the promise of infraUp('dev'), when this script brings the infrastructure up
let infra; // what it resolved to
let stopping = false;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const logFileOf = (name) => path.join(logsDir, `${name}.log`);

function tail(file, lines = 20) {
  try {
    const text = fs.readFileSync(file, 'utf8').trimEnd();
    return text ? text.split('\n').slice(-lines).join('\n') : '(empty log)';
  } catch {
    return '(no log)';
  }
}

function printTail(name) {
  process.stderr.write(`---- last 20 lines of ${path.relative(repoRoot, logFileOf(name))} ----\n`);
  process.stderr.write(`${tail(logFileOf(name))}\n----\n`);
}

function portFree(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

// ---------------------------------------------------------------- stopping

// Stops every service (SIGTERM to its process group, SIGKILL after 15 s), then the infrastructure
// this script started, and exits. Safe to call more than once: later calls wait for the first.
let shutdown;
function stopEverything(exitCode) {
  shutdown ??= (async () => {
    stopping = true;
    const alive = [...running.values()].filter((s) => !s.exited);
    if (alive.length) say(`stopping ${alive.map((s) => s.name).join(', ')}`);
    for (const service of alive) signalGroup(service.child, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (Date.now() < deadline && alive.some((s) => !s.exited)) await sleep(100);
    for (const service of alive.filter((s) => !s.exited)) {
      say(`${service.name} did not stop within ${STOP_TIMEOUT_MS / 1000} s: killing it`);
      signalGroup(service.child, 'SIGKILL');
    }
    if (!infra && infraStarting) {
      say('waiting for the infrastructure to finish starting, to stop it again');
      infra = await infraStarting.catch(() => undefined);
    }
    if (infra?.started.length) {
      say('stopping the dev infrastructure this script started');
      await infra.stop().catch((error) => say(`could not stop the infrastructure: ${error.message}`));
    }
    process.exit(exitCode);
  })();
  return shutdown;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal); // the service and anything it spawned
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return say('already stopping, please wait');
    process.stdout.write('\n');
    say(`${signal}: stopping everything`);
    void stopEverything(0);
  });
}

// Last resort if this process dies some other way: do not leave services behind.
process.on('exit', () => {
  for (const service of running.values()) if (!service.exited) signalGroup(service.child, 'SIGKILL');
});

async function fail(message, tailOf) {
  process.stderr.write(`[pollen] ${message}\n`);
  if (tailOf) printTail(tailOf);
  await stopEverything(1);
}

// ---------------------------------------------------------------- starting

function startService({ name, port }, endpoints) {
  const main = path.join(repoRoot, 'dist', 'apps', name, 'main.js');
  const out = fs.openSync(logFileOf(name), 'w');
  const child = spawn(process.execPath, [main], {
    cwd: repoRoot,
    // Own process group: Ctrl-C in the terminal reaches this script only, which then stops each
    // service once with SIGTERM (a second signal would cut a graceful shutdown short).
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      KAFKA_BROKERS: endpoints.kafkaBrokers,
      MONGODB_URI: endpoints.mongoUri,
      SMTP_URL: endpoints.smtpUrl,
      PORT: String(port),
      NODE_ENV: 'development',
      // One laptop plays every demo user: the gateway's rate limits, raised (docs/operations.md).
      RATE_LIMIT_MULTIPLIER: process.env.RATE_LIMIT_MULTIPLIER ?? '100',
      KAFKA_TOPICS_MODE: process.env.KAFKA_TOPICS_MODE ?? 'create',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
    },
  });
  fs.closeSync(out);
  const service = { name, port, child, exited: false };
  running.set(name, service);
  child.once('error', (error) => {
    service.exited = true;
    if (!stopping) void fail(`${name} could not start: ${error.message}`);
  });
  child.once('exit', (code, signal) => {
    service.exited = true;
    if (!stopping) void fail(`${name} exited unexpectedly (${signal ?? `exit code ${code}`})`, name);
  });
}

async function waitReady({ name, port, managementPort }) {
  const url = `http://127.0.0.1:${managementPort}/health/ready`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (stopping) return new Promise(() => undefined); // shutting down: never resolve, the process exits
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return say(`${name} ready (:${port}, management :${managementPort})`);
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.name ?? 'no answer';
    }
    await sleep(500);
  }
  return fail(`${name} was not ready after ${READY_TIMEOUT_MS / 1000} s (${url}: ${last})`, name);
}

async function main() {
  const external = externalInfrastructure(); // throws when it lacks SMTP_URL or MAIL_API_URL
  await ensureDeps({ tools: !external });

  for (const { name, port, managementPort } of SERVICES) {
    for (const taken of [port, managementPort]) {
      if (!(await portFree(taken))) {
        throw new Error(`port ${taken} (${name}) is already in use: is Pollen already running? Stop it first`);
      }
    }
  }

  let endpoints;
  if (external) {
    endpoints = external;
    say(
      `using KAFKA_BROKERS=${endpoints.kafkaBrokers} MONGODB_URI=${withoutPassword(endpoints.mongoUri)} ` +
        `SMTP_URL=${withoutPassword(endpoints.smtpUrl)} MAIL_API_URL=${endpoints.mailApiUrl}`,
    );
  } else {
    say('starting the dev infrastructure (Kafka + FerretDB + Mailpit, profile dev)');
    infraStarting = infraUp('dev');
    infra = await infraStarting;
    endpoints = infra.settings;
    if (!infra.started.length) say('the dev infrastructure was already running; it will be left running');
  }
  if (stopping) return;

  say('building the services and the portal');
  const projects = [...SERVICES.map((s) => s.name), 'portal'].join(',');
  const build = await run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${projects}`], { env: nxEnv });
  if (stopping) return;
  if (build.code !== 0) return fail(`the build failed (exit ${build.code})`);
  const outputs = [...SERVICES.map(({ name }) => path.join('dist', 'apps', name, 'main.js')), portalIndex];
  for (const output of outputs) {
    if (!fs.existsSync(path.join(repoRoot, output))) return fail(`the build did not produce ${output}`);
  }

  fs.mkdirSync(logsDir, { recursive: true });
  say(`starting ${SERVICES.map((s) => s.name).join(', ')} (logs in ${path.relative(repoRoot, logsDir)}/)`);
  for (const service of SERVICES) startService(service, endpoints);
  await Promise.all(SERVICES.map(waitReady));
  if (stopping) return;

  if (fs.existsSync(seedScript)) {
    say('seeding demo data (tools/seed/seed.mjs)');
    const seed = await run(process.execPath, [seedScript], {
      env: {
        POLLEN_API_URL: 'http://localhost:3000',
        KAFKA_BROKERS: endpoints.kafkaBrokers,
        MONGODB_URI: endpoints.mongoUri,
        SMTP_URL: endpoints.smtpUrl,
      },
    });
    if (stopping) return;
    if (seed.code !== 0) say(`WARNING: seeding failed (exit ${seed.code}); the services keep running`);
  }

  printBanner(endpoints);
}

function printBanner(endpoints) {
  const rows = [
    '',
    `Pollen is running (ready in ${Math.round((Date.now() - started) / 1000)} s)`,
    '',
    '  Portal        http://localhost:3000/         log in with a demo account (below)',
    '  API           http://localhost:3000/v1',
    '  OpenAPI UI    http://localhost:3000/docs',
    '  OpenAPI JSON  http://localhost:3000/docs-json',
    '',
    `${'  Services'.padEnd(21)}${'health (management port)'.padEnd(36)}metrics`,
    ...[...SERVICES]
      .reverse()
      .map(
        ({ name, managementPort }) =>
          `    ${name.padEnd(16)} http://localhost:${managementPort}/health/ready  http://localhost:${managementPort}/metrics`,
      ),
    '',
    `  Kafka brokers ${endpoints.kafkaBrokers}`,
    `  MongoDB URI   ${withoutPassword(endpoints.mongoUri)}`,
    `  SMTP          ${withoutPassword(endpoints.smtpUrl)}${infra ? '   (Mailpit: every e-mail sent stays there)' : ''}`,
    `  Mails (API)   ${endpoints.mailApiUrl.replace(/\/+$/, '')}/api/v1/messages`,
    `  Logs          ${logsDir}/<service>.log${infra ? ` (Kafka, FerretDB, Mailpit: ${infra.settings.logsDir})` : ''}`,
    '',
    '  Operations    npm run ops -- status                     instances, lag, dead letters, notifications not sent',
    '                npm run ops -- timeline <applicationId>   every event about one application ([seed] names the demo one)',
    '',
    "  Demo accounts (the portal's login page, or POST /v1/auth/login)",
    '    operator    operator@pollen.local / pollen-operator   programmes, decisions, vetting, status',
    ...demoInvestors().map(
      ({ email, awaitsVetting }) =>
        `    investor    ${email} / ${DEMO_PASSWORDS.investor}   ${awaitsVetting ? 'awaiting the operator’s approval' : 'deal-flow'}`,
    ),
    `    applicant   ${demoApplicant().email} / ${DEMO_PASSWORDS.applicant}   applications, introductions, documents`,
    '',
    'Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error) => fail(error.message));
