#!/usr/bin/env node
// Chromium, for the browser tests (libs/testing's launchBrowser, apps/e2e/test/portal/): Debian's
// `chromium` package at /usr/bin/chromium, installed with apt when missing, as PostgreSQL is
// (postgres.mjs). Playwright's own browser download cannot be used: the machines reach Debian's
// packages, not Playwright's download hosts. `npm test` and `npm run test:secure` call
// ensureChromium() before their tests; `npm start` does not need it.
// apt-get runs as root, or through `sudo -n` (never a password prompt) for another user. It first
// tries the install alone, and updates the package lists only when that fails (a fresh machine's
// lists may be missing or stale): on a warm machine that saves the update's minute.
// Usage: node tools/infra/chromium.mjs   (installs it when missing, says where it is)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { log, runLong } from './processes.mjs';

/** Where Debian's package puts it, and where libs/testing's launchBrowser looks for it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
const INSTALL = ['install', '-y', '--no-install-recommends', 'chromium'];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The command line that runs apt-get with `args` as root: apt-get itself under root, else
 * `sudo -n env DEBIAN_FRONTEND=noninteractive apt-get …` (sudo may drop variables it is given),
 * or undefined when this user cannot become root without a password.
 */
export function aptCommand(args, { uid = process.getuid?.(), sudoWorks = canSudo } = {}) {
  if (uid === 0) return ['apt-get', ...args];
  if (!sudoWorks()) return undefined;
  return ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
}

function canSudo() {
  const probe = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 });
  return !probe.error && probe.status === 0;
}

/**
 * Makes sure CHROMIUM_PATH exists, installing Debian's chromium package when it does not, and says
 * what it did and how long it took. Resolves with { installed, ms }; throws a readable Error when it
 * cannot (no root and no password-less sudo, apt-get failing, or no binary after the install).
 */
export async function ensureChromium({ executable = CHROMIUM_PATH } = {}) {
  if (fs.existsSync(executable)) return { installed: false, ms: 0 };
  const started = Date.now();
  const install = aptCommand(INSTALL);
  if (!install) {
    throw new Error(
      `${executable} is missing and this user can neither run apt-get nor sudo without a password: ` +
        `run \`sudo apt-get install -y --no-install-recommends chromium\` once`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (label, command) => runLong(label, command[0], command.slice(1), { env });
  log(`${executable} is missing: installing Debian's chromium package (${install.join(' ')})`);
  try {
    await apt('installing Chromium', install);
  } catch (first) {
    log(`the install failed; updating the package lists (${aptCommand(['update']).join(' ')}) and trying again`);
    try {
      await apt('updating the package lists', aptCommand(['update']));
      await apt('installing Chromium', install);
    } catch (error) {
      throw new Error(
        `could not install Chromium after ${seconds(Date.now() - started)}:\n${first.message}\n${error.message}`,
      );
    }
  }
  if (!fs.existsSync(executable)) {
    throw new Error(`the chromium package installed, but ${executable} is still missing`);
  }
  const ms = Date.now() - started;
  log(`Chromium installed at ${executable} in ${seconds(ms)}`);
  return { installed: true, ms };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureChromium().then(
    ({ installed }) => log(`${CHROMIUM_PATH} ${installed ? 'installed' : 'already there'}`),
    (error) => {
      process.stderr.write(`[infra] ${error.message}\n`);
      process.exit(1);
    },
  );
}
