// promtool: unit-tests the alerting rules of k8s/base/monitoring offline (`promtool test rules`),
// for tools/repo-checks' monitoring spec. Taken once from Debian's `prometheus` package, which
// ships it beside the server: `apt-get download` needs no root and `dpkg-deb -x` unpacks it into
// the cache, as Kafka's jars and the Go builds are kept (mailpit.mjs, kustomize.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { log, runLong } from './processes.mjs';

// Whatever version Debian's suite has (bookworm: 2.42); the spec's rule tests use only the
// `promtool test rules` format every 2.x reads.
const PACKAGE = 'prometheus';

const cacheDir = (env) => env.POLLEN_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'pollen');

/** Where the binary lives once unpacked. */
export function promtoolBin(env = process.env) {
  return path.join(cacheDir(env), 'promtool-debian', 'promtool');
}

/** Unpacks promtool unless the cache has it (seconds, once); resolves with the binary's path. */
export async function provisionPromtool(env = process.env) {
  const bin = promtoolBin(env);
  if (fs.existsSync(bin)) return bin;
  const target = path.dirname(bin);
  log(`taking promtool from Debian's ${PACKAGE} package into ${target} (once)`);
  const staging = `${target}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  try {
    await runLong(`downloading ${PACKAGE}`, 'apt-get', ['download', PACKAGE], { cwd: staging });
    const deb = fs.readdirSync(staging).find((name) => name.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${PACKAGE} left no .deb`);
    await runLong(`unpacking ${deb}`, 'dpkg-deb', ['-x', deb, 'root'], { cwd: staging });
    // Only promtool is kept: the server binary beside it is as large and never run here.
    fs.renameSync(path.join(staging, 'root', 'usr', 'bin', 'promtool'), path.join(staging, 'promtool'));
    fs.rmSync(path.join(staging, 'root'), { recursive: true, force: true });
    fs.rmSync(path.join(staging, deb));
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `taking promtool from Debian's ${PACKAGE} package failed (run \`apt-get update\` once if apt knows no ` +
        `such package): ${error.message}`,
    );
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(staging, target); // atomic: a half-unpacked cache is never used
  return bin;
}
