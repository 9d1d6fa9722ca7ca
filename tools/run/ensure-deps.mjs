#!/usr/bin/env node
// Makes sure a clone can run: installs node_modules with `npm ci` when they are missing or stale, and
// checks the tools the local infrastructure needs (java 17+, mvn, go: see tools/infra/infra.mjs).
// "Stale" means package-lock.json changed since the last install: after a successful `npm ci` we
// write its SHA-256 to node_modules/.pollen-lock-hash. Without that stamp (a tree installed by hand),
// npm's own record node_modules/.package-lock.json is compared with package-lock.json instead.
// If `npm ci` rejects the lock file, `npm install --no-save` is tried and its result checked the same way.
// Usage: node tools/run/ensure-deps.mjs [--check] [--no-tools]
//   --check     report only: exit 1 if an install is needed or a tool is missing, install nothing
//   --no-tools  skip the java/mvn/go check (infrastructure provided through KAFKA_BROKERS/MONGODB_URI)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, run, say, seconds } from './common.mjs';

const lockFile = path.join(repoRoot, 'package-lock.json');
const modulesDir = path.join(repoRoot, 'node_modules');
const stampFile = path.join(modulesDir, '.pollen-lock-hash');
const hiddenLockFile = path.join(modulesDir, '.package-lock.json');

export const MIN_JAVA = 17;

const lockHash = () => createHash('sha256').update(fs.readFileSync(lockFile)).digest('hex');

/** Why node_modules needs an install, or undefined when it is up to date. */
export function installReason() {
  if (!fs.existsSync(modulesDir)) return 'node_modules is missing';
  const hash = lockHash();
  if (fs.existsSync(stampFile)) {
    return fs.readFileSync(stampFile, 'utf8').trim() === hash
      ? undefined
      : 'package-lock.json changed since the last install';
  }
  const mismatch = hiddenLockMismatch();
  if (mismatch) return mismatch;
  fs.writeFileSync(stampFile, `${hash}\n`); // the tree matches the lock file: remember it
  return undefined;
}

// Compares npm's record of what is installed with package-lock.json. Packages npm skipped because
// they are optional (platform-specific binaries) may be absent; anything else must match exactly.
function hiddenLockMismatch() {
  if (!fs.existsSync(hiddenLockFile)) return 'node_modules was not installed by npm from this lock file';
  const wanted = JSON.parse(fs.readFileSync(lockFile, 'utf8')).packages ?? {};
  const installed = JSON.parse(fs.readFileSync(hiddenLockFile, 'utf8')).packages ?? {};
  const same = (a, b) => ['version', 'resolved', 'integrity', 'link'].every((key) => a[key] === b[key]);
  for (const [location, entry] of Object.entries(wanted)) {
    if (location === '' || !location.startsWith('node_modules/')) continue;
    const have = installed[location];
    if (!have && entry.optional) continue;
    if (!have) return `${location} is not installed`;
    if (!same(entry, have)) return `${location} differs from package-lock.json`;
  }
  for (const location of Object.keys(installed)) {
    if (!(location in wanted)) return `${location} is installed but not in package-lock.json`;
  }
  return undefined;
}

/** Missing or too old tools, as readable messages (empty when all is fine). */
export function missingTools() {
  const problems = [];
  const java = probe('java', ['-version']);
  if (!java.found) {
    problems.push(`java is missing: install a JDK ${MIN_JAVA}+ (it runs the local Kafka broker)`);
  } else {
    const major = javaMajor(java.output);
    if (major === undefined) problems.push(`java: could not read its version from "java -version"`);
    else if (major < MIN_JAVA) problems.push(`java ${major} is too old: the local Kafka broker needs JDK ${MIN_JAVA}+`);
  }
  if (!probe('mvn', ['-v']).found) problems.push('mvn is missing: install Apache Maven (it downloads the Kafka jars)');
  if (!probe('go', ['version']).found)
    problems.push('go is missing: install Go (it builds FerretDB, the local MongoDB, Mailpit and kustomize)');
  return problems;
}

function probe(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  if (result.error?.code === 'ENOENT') return { found: false };
  return { found: true, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}

// `java -version` prints e.g. openjdk version "17.0.15" 2025-04-15, or "1.8.0_292" for Java 8.
export function javaMajor(text) {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/**
 * Installs dependencies when needed and checks the infrastructure tools.
 * Throws an Error with a readable message when something is missing or the install fails.
 */
export async function ensureDeps({ tools = true, check = false } = {}) {
  if (tools) {
    const problems = missingTools();
    if (problems.length) throw new Error(`missing tools:\n  - ${problems.join('\n  - ')}`);
  }
  const reason = installReason();
  if (!reason) return { installed: false };
  if (check) throw new Error(`dependencies need an install: ${reason}`);
  say(`installing dependencies (${reason}): npm ci --no-audit --no-fund`);
  const hash = lockHash();
  const ci = await run('npm', ['ci', '--no-audit', '--no-fund']);
  let ms = ci.ms;
  if (ci.code !== 0) {
    // `npm ci` refuses a lock file that lacks the optional platform packages of another OS (npm bug
    // https://github.com/npm/cli/issues/4828; here: sass-embedded-<os>-<cpu>). `npm install --no-save`
    // installs the same locked versions without rewriting the lock; the check below makes sure of it.
    say(
      `npm ci failed (exit ${ci.code}); retrying with npm install --no-save, then checking node_modules against the lock`,
    );
    const install = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund']);
    ms += install.ms;
    if (install.code !== 0) throw new Error(`npm install failed (exit ${install.code})`);
    if (lockHash() !== hash)
      throw new Error('npm install changed package-lock.json: package.json and the lock file are out of sync');
    const mismatch = hiddenLockMismatch();
    if (mismatch) throw new Error(`node_modules does not match package-lock.json after npm install: ${mismatch}`);
  }
  fs.writeFileSync(stampFile, `${hash}\n`);
  say(`dependencies installed in ${seconds(ms)}`);
  return { installed: true };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const tools = !args.includes('--no-tools');
  ensureDeps({ tools, check: args.includes('--check') }).then(
    ({ installed }) =>
      say(`dependencies ${installed ? 'installed' : 'up to date'}${tools ? '; java, mvn and go found' : ''}`),
    (error) => {
      process.stderr.write(`[pollen] ${error.message}\n`);
      process.exit(1);
    },
  );
}
