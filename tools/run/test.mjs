#!/usr/bin/env node
// What `npm test` runs: installs dependencies if needed, and Chromium for the browser tests when it
// is missing (tools/infra/chromium.mjs: Debian's package, with apt), brings up the real test
// infrastructure (Kafka + FerretDB + Mailpit, profiles "test" and "e2e") unless KAFKA_BROKERS and MONGODB_URI are
// both set (then SMTP_URL and MAIL_API_URL are required too), then format, lint, typecheck, build
// and every project's Jest tests, stopping at the first failing step. The tests run in two lanes, one after the other,
// each on infrastructure of its own: every project but the end-to-end ones on the test profile,
// then the end-to-end projects (they start every service) on the e2e profile, whose broker holds
// none of the integration tests' messages or consumer groups. Within a lane one project runs at a
// time, in band. On a caller's infrastructure there is one lane. It always
// stops the infrastructure it started (never one that was already running), prints each step's
// wall time and the summary of reports/jest/, and exits non-zero if anything failed.
import fs from 'node:fs';
import path from 'node:path';

import { SERVICES } from '../../libs/contracts/src/services.js';
import { CHROMIUM_PATH, ensureChromium } from '../infra/chromium.mjs';
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

// Each step runs its commands (`npx <args>`) one after the other, all of them, and fails if any does.
const STEPS = [
  {
    name: 'format',
    commands: [['prettier', '--check', 'apps/**/*.{ts,tsx}', 'libs/**/*.ts', 'tools/**/*.{mjs,cjs,js}']],
  },
  { name: 'lint', commands: [['nx', 'run-many', '-t', 'lint']] },
  {
    name: 'typecheck',
    commands: [
      // Jest transpiles each test file alone (isolatedModules): the types of every test are checked here, at once.
      ['tsc', '-p', 'tsconfig.tests.json'],
      // The portal's code and its tests, with the DOM's types (apps/portal's typecheck target): Vite
      // builds it without checking its types.
      ['tsc', '-p', 'apps/portal/tsconfig.app.json', '--noEmit'],
      ['tsc', '-p', 'apps/portal/tsconfig.spec.json'],
    ],
  },
  // The services, and the portal that the gateway serves (the browser tests of apps/e2e open it).
  { name: 'build', commands: [['nx', 'run-many', '-t', 'build', `--projects=${serviceProjects},portal`]] },
];

/**
 * The projects' tests, one at a time; Nx forwards the arguments after `--` to each `jest`. Without
 * their dependencies: the build step has just built what the end-to-end tests start, and
 * `--skip-nx-cache` would build it all again (3.5 minutes of the e2e lane).
 */
const testArgs = (selection) => [
  'nx',
  'run-many',
  '-t',
  'test',
  ...selection,
  '--parallel=1',
  '--skip-nx-cache',
  '--excludeTaskDependencies',
  '--',
  '--runInBand',
];
// The end-to-end projects carry this tag (apps/e2e/project.json, apps/e2e/chaos/project.json).
const E2E = 'tag:type:e2e';
const PORT_VARIABLES = ['POLLEN_KAFKA_PORT', 'POLLEN_MONGO_PORT', 'POLLEN_SMTP_PORT', 'POLLEN_MAIL_API_PORT'];
const LANES = [
  { name: 'projects', profile: 'test', args: testArgs([`--exclude=${E2E}`]) },
  { name: 'e2e', profile: 'e2e', args: testArgs([`--projects=${E2E}`]) },
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

  await step('dependencies', async () => {
    await ensureDeps({ tools: !external });
    return true;
  });
  // The browser tests (apps/e2e/test/portal/) drive Debian's Chromium: installed with apt when missing.
  if (!failure) {
    await step('chromium', async () => {
      const { installed } = await ensureChromium();
      if (!installed) say(`Chromium found at ${CHROMIUM_PATH}`);
      return true;
    });
  }
  fs.rmSync(path.join(repoRoot, 'reports', 'jest'), { recursive: true, force: true });

  const env = { ...nxEnv };
  const infras = [];
  // One lane on a caller's infrastructure, or on ports moved by POLLEN_*_PORT (both profiles would take them).
  const portsMoved = PORT_VARIABLES.filter((name) => process.env[name]);
  const lanes =
    external || portsMoved.length
      ? [{ name: 'all', profile: external ? undefined : 'test', args: testArgs([]) }]
      : LANES;
  if (portsMoved.length) say(`${portsMoved.join(', ')} set: the tests run in one lane, on the test profile`);
  if (!failure) {
    const profiles = lanes.map((lane) => lane.profile);
    await step(external ? 'infrastructure (external)' : `infrastructure (${profiles.join(', ')})`, async () => {
      if (external) {
        say(`using ${shown(external)}`);
        return true;
      }
      // One after the other: on a cold cache, both would provision Kafka and FerretDB in one place.
      for (const profile of profiles) infras.push(await infraUp(profile));
      for (const { settings, started } of infras) {
        say(`${settings.profile}: ${shown(settings)}${started.length ? '' : ' (already running, left running)'}`);
      }
      return true;
    });
  }
  // A lane's variables: those of its profile, or (one lane, on a caller's infrastructure) the environment's.
  const laneEnv = (profile) => {
    const settings = infras.find((each) => each.settings.profile === profile)?.settings;
    return settings ? { ...env, ...infraEnv(settings), POLLEN_INFRA_PROFILE: profile } : env;
  };

  for (const { name, commands } of STEPS) {
    if (failure || interrupted) break;
    await step(name, async () => {
      let ok = true;
      for (const args of commands) {
        if (interrupted) break;
        const { code } = await run('npx', args, { env, onChild: (child) => (current = child) });
        current = undefined;
        ok &&= code === 0;
      }
      return ok && !interrupted;
    });
  }

  if (!failure && !interrupted) {
    await step('test', async () => {
      // One lane after the other: on two cores, side by side they took longer (1489 s against
      // 1340 s, the services and FerretDB starved for CPU) and timed out waiting for messages.
      const codes = [];
      for (const { name, profile, args } of lanes) {
        if (interrupted) break;
        const { code, ms } = await run('npx', args, { env: laneEnv(profile), onChild: (child) => (current = child) });
        current = undefined;
        say(`tests of lane ${name} ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(ms)}`);
        codes.push(code);
      }
      return codes.every((code) => code === 0) && !interrupted;
    });
  }

  if (infras.some((each) => each.started.length > 0)) {
    await step('stop infrastructure', async () => {
      const stopped = await Promise.allSettled(infras.map((each) => each.stop()));
      for (const { reason } of stopped.filter((result) => result.status === 'rejected')) {
        process.stderr.write(`[pollen] stop infrastructure: ${reason?.message ?? reason}\n`);
      }
      return stopped.every((result) => result.status === 'fulfilled');
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
