#!/usr/bin/env node
// What `npm test` runs: installs dependencies if needed, brings up the real test infrastructure
// (Kafka + FerretDB + Mailpit, profile "test") unless KAFKA_BROKERS and MONGODB_URI are both set (then
// SMTP_URL and MAIL_API_URL are required too), then lint, build and every project's Jest tests (one
// project at a time, in band), stopping at the first failing step. It always stops the infrastructure
// it started (never one that was already running), prints each step's wall time and the summary of
// reports/jest/, and exits non-zero if anything failed.
import fs from 'node:fs';
import path from 'node:path';

import { SERVICES } from '../../libs/contracts/src/services.js';
import {
  externalInfrastructure,
  infraEnv,
  infraUp,
  nxEnv,
  repoRoot,
  run,
  say,
  seconds,
  withoutPassword,
} from './common.mjs';
import { ensureDeps } from './ensure-deps.mjs';
import { printSummary } from './summary.mjs';

// The services of libs/contracts/src/services.js, the one list of services and ports.
const serviceProjects = SERVICES.map((service) => service.name).join(',');

const STEPS = [
  { name: 'format', args: ['prettier', '--check', 'apps/**/*.ts', 'libs/**/*.ts', 'tools/**/*.{mjs,cjs,js}'] },
  { name: 'lint', args: ['nx', 'run-many', '-t', 'lint'] },
  { name: 'build', args: ['nx', 'run-many', '-t', 'build', `--projects=${serviceProjects}`] },
  // Nx forwards the arguments after `--` to every project's `jest` command.
  { name: 'test', args: ['nx', 'run-many', '-t', 'test', '--parallel=1', '--skip-nx-cache', '--', '--runInBand'] },
];

const started = Date.now();
const timings = [];
let failure; // the first thing that went wrong
let interrupted;
let current; // the running child, to forward SIGTERM to

// Ctrl-C reaches the running child directly (same process group); we only remember it, so the
// current step fails and cleanup still runs. SIGTERM is sent to us alone, so pass it on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = signal;
    if (signal === 'SIGTERM') current?.kill('SIGTERM');
  });
}

/** The variables as printed, without passwords. */
const shown = (endpoints) =>
  Object.entries(infraEnv(endpoints))
    .map(([name, value]) => `${name}=${withoutPassword(value)}`)
    .join(' ');

async function step(name, fn) {
  say(`── ${name}`);
  const t0 = Date.now();
  let ok = false;
  try {
    ok = await fn();
  } catch (error) {
    process.stderr.write(`[pollen] ${name}: ${error.message}\n`);
  }
  const ms = Date.now() - t0;
  timings.push({ name, ms, ok });
  say(`── ${name} ${ok ? 'passed' : 'FAILED'} in ${seconds(ms)}`);
  if (!ok && !failure) failure = name;
  return ok;
}

async function main() {
  const external = externalInfrastructure(); // throws when it lacks SMTP_URL or MAIL_API_URL
  let infra;

  await step('dependencies', async () => {
    await ensureDeps({ tools: !external });
    return true;
  });
  fs.rmSync(path.join(repoRoot, 'reports', 'jest'), { recursive: true, force: true });

  const env = { ...nxEnv };
  if (!failure) {
    await step(external ? 'infrastructure (external)' : 'infrastructure (profile test)', async () => {
      if (external) {
        say(`using ${shown(external)}`);
        return true;
      }
      infra = await infraUp('test');
      Object.assign(env, infraEnv(infra.settings));
      say(`${shown(infra.settings)}${infra.started.length ? '' : ' (already running, left running)'}`);
      return true;
    });
  }

  for (const { name, args } of STEPS) {
    if (failure || interrupted) break;
    await step(name, async () => {
      const { code } = await run('npx', args, { env, onChild: (child) => (current = child) });
      current = undefined;
      return code === 0 && !interrupted;
    });
  }

  if (infra?.started.length) {
    await step('stop infrastructure', async () => {
      await infra.stop();
      return true;
    });
  }

  process.stdout.write('\nStep times:\n');
  for (const { name, ms, ok } of timings) {
    process.stdout.write(`  ${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(30)} ${seconds(ms)}\n`);
  }
  process.stdout.write(`  total ${seconds(Date.now() - started)}\n\n`);

  if (interrupted) say(`interrupted (${interrupted})`);
  else if (failure) say(`step "${failure}" failed`);
  const summary = printSummary(); // its last line is "N passed, M failed"
  return failure || interrupted || !summary.ok ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`[pollen] ${error.stack ?? error}\n`);
    process.exit(1);
  },
);
