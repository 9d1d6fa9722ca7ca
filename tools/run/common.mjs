// Small helpers shared by the `npm start` / `npm test` runners in tools/run/: the repository root,
// the environment Nx gets when driven from a script, running a command with its wall time, and
// bringing the local infrastructure up while remembering what was already running.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Nx without the daemon, cloud or TUI: plain, predictable output when a script runs it. */
export const nxEnv = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true' };

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export const say = (message) => process.stdout.write(`[pollen] ${message}\n`);

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
 * Brings up Kafka and FerretDB for `profile` with tools/infra/infra.mjs and returns
 * { settings, startedKafka, startedFerretDb, stop }; `stop()` stops only the pieces this call started,
 * so an infrastructure someone else is using is left alone.
 */
export async function infraUp(profile) {
  const infra = await import('../infra/infra.mjs');
  const before = await infra.status(profile);
  const startedKafka = !before.kafka.pid;
  const startedFerretDb = !before.ferretdb.pid;
  const settings = infra.settings(profile);
  const stop = async () => {
    if (startedKafka && startedFerretDb) return void (await infra.down(profile));
    if (startedKafka) await infra.stopKafka(settings);
    if (startedFerretDb) await infra.stopFerretDb(settings);
  };
  try {
    await infra.up(profile);
  } catch (error) {
    await stop().catch(() => undefined); // do not leave half of it running
    throw error;
  }
  return { settings, startedKafka, startedFerretDb, stop };
}
