// The detached processes of tools/infra (Kafka, FerretDB, Mailpit): each runs in its own process group
// with its pid in <home>/<name>.pid and its output in <logs>/<name>.out.log, so that another command
// (`infra stop kafka`, `infra down`) can find and stop it later.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const log = (message) => process.stderr.write(`[infra] ${message}\n`);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How often a long download or build says it is still at work. */
const PROGRESS_EVERY_MS = 15_000;

/**
 * Runs a download or build that takes minutes the first time, saying every 15 s how long it has
 * run and, for a `go build -v`, how many packages it has compiled (each is one line of its stderr).
 * Resolves with its standard output; rejects with the end of both outputs when it fails.
 */
export function runLong(label, command, args, { cwd, env, countsPackages = false } = {}) {
  const started = Date.now();
  let packages = 0;
  let partial = '';
  let stdout = '';
  let tail = '';
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk) => {
    tail = `${tail}${chunk}`.slice(-4000);
  };
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    keep(chunk);
  });
  child.stderr.on('data', (chunk) => {
    keep(chunk);
    if (!countsPackages) return;
    // A chunk may end inside a line: the rest of it comes with the next one.
    const lines = `${partial}${chunk}`.split('\n');
    partial = lines.pop();
    packages += lines.filter((line) => /^[\w.-]+(\/[\w.~-]+)*$/.test(line)).length;
  });
  const ticker = setInterval(() => {
    const elapsed = Math.round((Date.now() - started) / 1000);
    const done = countsPackages ? `, ${packages} packages compiled` : '';
    log(`${label}: ${Math.floor(elapsed / 60)} min ${elapsed % 60} s${done}…`);
  }, PROGRESS_EVERY_MS);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => (clearInterval(ticker), reject(error)));
    child.once('close', (code, signal) => {
      clearInterval(ticker);
      if (code === 0) return resolve(stdout);
      reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail.trim()}`));
    });
  });
}

function pidFile(s, name) {
  return path.join(s.home, `${name}.pid`);
}

/** The pid of `name` when it is running, else undefined. */
export function readPid(s, name) {
  try {
    const pid = Number(fs.readFileSync(pidFile(s, name), 'utf8'));
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

export function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** `options`: spawn's, e.g. the uid and gid of a server that refuses to run as root. */
export function startDetached(s, name, command, args, options = {}) {
  fs.mkdirSync(s.logsDir, { recursive: true });
  const out = fs.openSync(path.join(s.logsDir, `${name}.out.log`), 'a');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', out, out] });
  child.unref();
  fs.writeFileSync(pidFile(s, name), String(child.pid));
  return child.pid;
}

/** SIGTERM to the process group, SIGKILL after 20 s; resolves false when it was not running. */
export async function stopProcess(s, name) {
  const pid = readPid(s, name);
  if (!pid) return false;
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; waited < 20_000; waited += 100) {
    await sleep(100);
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(pidFile(s, name), { force: true });
      return true;
    }
  }
  log(`${name} did not stop within 20 s, killing it`);
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  fs.rmSync(pidFile(s, name), { force: true });
  return true;
}

/** An error that ends waitFor at once: the process is gone, waiting longer cannot help. */
export function exited(name, logFile) {
  return Object.assign(new Error(`${name} exited during start-up; see ${logFile}`), { fatal: true });
}

export async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      if (error.fatal) throw error;
      lastError = error;
    }
    await sleep(250);
  }
  throw new Error(`${what} not ready after ${timeoutMs / 1000} s${lastError ? `: ${lastError.message}` : ''}`);
}
