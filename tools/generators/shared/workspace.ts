import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { type GeneratorCallback, logger, type Tree } from '@nx/devkit';

import { readText } from './source-edits';

/** Where the generators read and write the workspace's shared declarations. */
export const Paths = {
  services: 'libs/contracts/src/services.js',
  contracts: 'libs/contracts/src',
  contractsIndex: 'libs/contracts/src/index.ts',
  topics: 'libs/contracts/src/catalogue/topics.ts',
  events: 'libs/contracts/src/catalogue/events.ts',
  requests: 'libs/contracts/src',
  dockerfile: 'Dockerfile',
  compose: 'docker-compose.yml',
  app: (service: string) => `apps/${service}`,
  appModule: (service: string) => `apps/${service}/src/app.module.ts`,
  usecases: (service: string) => `apps/${service}/src/usecases/index.ts`,
  repositories: (service: string) => `apps/${service}/src/repositories`,
};

export interface ServiceEntry {
  name: string;
  port: number;
  managementPort: number;
}

/** The services of libs/contracts/src/services.js, in its order. */
export function readServices(tree: Tree): ServiceEntry[] {
  const text = readText(tree, Paths.services);
  return [...text.matchAll(/\{\s*name:\s*'([^']+)',\s*port:\s*(\d+),\s*managementPort:\s*(\d+)\s*\}/g)].map(
    ([, name, port, managementPort]) => ({ name, port: Number(port), managementPort: Number(managementPort) }),
  );
}

/** Adds a service to the list, before the gateway (which `npm start` starts last). */
export function addServiceEntry(tree: Tree, { name, port, managementPort }: ServiceEntry): void {
  const lines = readText(tree, Paths.services).split('\n');
  const gateway = lines.findIndex((line) => /\{\s*name:\s*'gateway'/.test(line));
  if (gateway === -1) throw new Error(`${Paths.services} has no gateway entry to insert before`);
  lines.splice(gateway, 0, `  { name: '${name}', port: ${port}, managementPort: ${managementPort} },`);
  tree.write(Paths.services, lines.join('\n'));
}

/** Fails unless `service` is an app generated in the usual shape. */
export function assertServiceApp(tree: Tree, service: string): void {
  if (!tree.exists(Paths.appModule(service))) {
    throw new Error(`no service "${service}": ${Paths.appModule(service)} does not exist`);
  }
}

/** `<%= name %>` placeholders of a snippet file beside a generator, filled from `values`. */
export function renderSnippet(path: string, values: Record<string, string | number>): string {
  return readFileSync(path, 'utf-8').replace(/<%=\s*(\w+)\s*%>/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`${path}: no value for ${key}`);
    return String(values[key]);
  });
}

/** Inserts `text` at the start of the first line matching `anchor`. */
export function insertBeforeLine(tree: Tree, path: string, anchor: RegExp, text: string): void {
  const content = readText(tree, path);
  const match = anchor.exec(content);
  if (!match) throw new Error(`${path}: found no line matching ${anchor}`);
  tree.write(path, content.slice(0, match.index) + text + content.slice(match.index));
}

/**
 * docs/events.md, docs/asyncapi.yaml and docs/errors.md are generated from the catalogue and a test
 * compares them: regenerate them once the generator's files are on disk.
 */
export function regenerateCatalogueDocs(tree: Tree): GeneratorCallback {
  return () => {
    logger.info('Regenerating the catalogue documents (npm run docs:catalogue)');
    execFileSync('npm', ['run', '--silent', 'docs:catalogue'], { cwd: tree.root, stdio: 'inherit' });
  };
}

/**
 * Lint sorts imports (simple-import-sort), and edits add imports anywhere: once the files are on
 * disk, let ESLint put the imports of every TypeScript file the generator wrote in order.
 */
export function sortImports(tree: Tree): GeneratorCallback {
  const written = tree
    .listChanges()
    .filter((change) => change.type !== 'DELETE' && /\.(ts|mjs)$/.test(change.path))
    .map((change) => change.path);
  return () => {
    if (written.length === 0) return;
    execFileSync('npx', ['eslint', '--fix', ...written], { cwd: tree.root, stdio: 'inherit' });
  };
}

/** The generated-shape stores of a service: `src/repositories/<x>.store.ts` with `findById`. */
export function storesOf(tree: Tree, service: string): string[] {
  const folder = Paths.repositories(service);
  if (!tree.exists(folder)) return [];
  return tree
    .children(folder)
    .filter((file) => file.endsWith('.store.ts'))
    .filter((file) => /abstract findById\(/.test(readText(tree, `${folder}/${file}`)))
    .map((file) => file.replace(/\.store\.ts$/, ''));
}
