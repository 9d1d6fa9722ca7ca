#!/usr/bin/env node
// Runs a server and starts it again when it crashes after it was up, so that one crash of a local
// server (FerretDB's SQLite has died of SIGBUS under the test suite's load: docs/adr/0001) costs the
// tests a few seconds of outage, which the services wait out, instead of failing every test after it.
// A server that dies within UP_MS of its start is not restarted (a bad configuration, a taken port):
// the supervisor exits with it, so start-up checks fail at once. SIGTERM/SIGINT stop both.
// Usage: node tools/infra/supervise.mjs <command> [args...]
import { spawn } from 'node:child_process';

const UP_MS = 10_000;
const [command, ...args] = process.argv.slice(2);
let child;
let stopping = false;
let restarts = 0;

const say = (message) => process.stderr.write(`[supervise] ${new Date().toISOString()} ${message}\n`);

function start() {
  const startedAt = Date.now();
  child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (stopping) process.exit(0);
    if (Date.now() - startedAt < UP_MS) {
      say(`${command} exited (${signal ?? code}) ${Date.now() - startedAt} ms after its start: not restarting it`);
      process.exit(code ?? 1);
    }
    restarts += 1;
    say(`${command} crashed (${signal ?? code}); restart number ${restarts}`);
    setTimeout(start, 250);
  });
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(0);
    child.kill(signal);
  });
}

start();
