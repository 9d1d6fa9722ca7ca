// Small helpers shared by the `npm start` / `npm test` runners in tools/run/: the repository root,
// the environment Nx gets when driven from a script, running a command with its wall time, and
// bringing the local infrastructure up while remembering what was already running, or taking the
// caller's.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as infra from '../infra/infra.mjs';

// The caller's infrastructure (or undefined), and the variables that point a process at one.
export { externalInfrastructure, infraEnv } from '../infra/infra.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Nx without the daemon, cloud or TUI: plain, predictable output when a script runs it. */
export const nxEnv = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true' };

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export const say = (message) => process.stdout.write(`[pollen] ${message}\n`);

/** A URL fit to print: `user:password@` becomes `user:***@` (SMTP_URL, MONGODB_URI may carry one). */
export const withoutPassword = (url) => url.replace(/^([a-z+]+:\/\/[^:@/]+):[^@/]*@/i, '$1:***@');

/**
 * Runs a command with inherited stdio from the repository root and resolves with
 * { code, ms } (code is 1 when it could not start, 128 + n when a signal ended it).
 * `onChild` receives the ChildProcess, so a caller can forward signals to it.
 */
export function run(command, args, { env = {}, onChild } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
    onChild?.(child);
    child.once('error', (error) => {
      process.stderr.write(`[pollen] could not run ${command}: ${error.message}\n`);
      resolve({ code: 1, ms: Date.now() - started });
    });
    child.once('exit', (code, signal) => {
      resolve({ code: code ?? (signal ? 128 + (signalNumber(signal) ?? 1) : 1), ms: Date.now() - started });
    });
  });
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal];
}

/**
 * Brings up Kafka, FerretDB and Mailpit for `profile` with tools/infra/infra.mjs and returns
 * { settings, started, stop }: `started` names the components this call started, and `stop()` stops
 * only those, so an infrastructure someone else is using is left alone.
 */
export async function infraUp(profile) {
  const stoppers = {
    kafka: infra.stopKafka,
    // PostgreSQL, when it is FerretDB's backend, goes and comes with it.
    ferretdb: async (s) => (await infra.stopFerretDb(s), await infra.stopPostgres(s)),
    mailpit: infra.stopMailpit,
  };
  const before = await infra.status(profile);
  const started = Object.keys(stoppers).filter((component) => !before[component].pid);
  const settings = infra.settings(profile);
  const stop = async () => {
    if (started.length === Object.keys(stoppers).length) return void (await infra.down(profile));
    await Promise.all(started.map((component) => stoppers[component](settings)));
  };
  try {
    await infra.up(profile);
  } catch (error) {
    await stop().catch(() => undefined); // do not leave part of it running
    throw error;
  }
  return { settings, started, stop };
}
