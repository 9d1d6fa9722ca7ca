// Decorator metadata before any contract class is defined.
import 'reflect-metadata';

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { renderDocuments, repoRoot } from './documents';

/**
 * `npm run docs:catalogue`: writes docs/events.md, docs/asyncapi.yaml, docs/errors.md,
 * docs/webhooks.md and the Strimzi topics and users of k8s/base/kafka from the catalogue. With `--check`, writes nothing and exits 1 when a committed document is out of date.
 */
function main(check: boolean): number {
  let stale = 0;
  for (const { path, content } of renderDocuments()) {
    const file = join(repoRoot, path);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === content) {
      console.log(`${path}: up to date`);
    } else if (check) {
      stale += 1;
      console.log(`${path}: out of date`);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`${path}: written`);
    }
  }
  if (stale > 0) console.log('run `npm run docs:catalogue` and commit the result');
  return stale > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.includes('--check'));
