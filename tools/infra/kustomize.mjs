// kustomize: builds the cluster manifests of k8s/ offline, so tools/repo-checks' k8s spec can check
// what `kubectl apply -k` would apply without a cluster. Built once from the Go module proxy into the
// cache with `go install`, as Mailpit is (mailpit.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { log, runLong } from './processes.mjs';

// v5.8.3 needs sigs.k8s.io/kustomize/api v0.21.3, which asks for Go 1.27; v5.8.2's api v0.21.2
// builds with the Go 1.26 the project requires (GOTOOLCHAIN=local forbids fetching a newer one).
export const KUSTOMIZE_VERSION = 'v5.8.2';

const cacheDir = (env) => env.POLLEN_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'pollen');

/** Where the binary lives once built. */
export function kustomizeBin(env = process.env) {
  return path.join(cacheDir(env), `kustomize-${KUSTOMIZE_VERSION}`, 'bin', 'kustomize');
}

/** Builds kustomize unless the cache has it (a few minutes, once); resolves with the binary's path. */
export async function provisionKustomize(env = process.env) {
  const bin = kustomizeBin(env);
  if (fs.existsSync(bin)) return bin;
  const target = path.dirname(path.dirname(bin));
  log(`building kustomize ${KUSTOMIZE_VERSION} from the Go module proxy into ${target} (a few minutes, once)`);
  const staging = `${target}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    await runLong(
      'building kustomize',
      'go',
      ['install', '-v', `sigs.k8s.io/kustomize/kustomize/v5@${KUSTOMIZE_VERSION}`],
      { env: { ...process.env, ...env, GOBIN: path.join(staging, 'bin'), GOTOOLCHAIN: 'local' }, countsPackages: true },
    );
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`building kustomize ${KUSTOMIZE_VERSION} failed (it needs Go 1.26+): ${error.message}`);
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(staging, target); // atomic: a half-built cache is never used
  return bin;
}
