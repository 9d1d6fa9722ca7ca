import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import Ajv from 'ajv';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { parseAllDocuments } from 'yaml';

import { repoRoot } from '../src';

const run = promisify(execFile);

/** Any object kustomize outputs: the kinds the spec reads closely are typed where it reads them. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- narrowed per kind by `ofKind`
  spec?: any;
  data?: Record<string, string>;
}

/** The cached kustomize binary, built first if need be (tools/infra/kustomize.mjs). */
export async function provisionKustomize(): Promise<string> {
  const module = pathToFileURL(join(repoRoot, 'tools', 'infra', 'kustomize.mjs')).href;
  const script = `import { provisionKustomize } from ${JSON.stringify(module)};\nconsole.log(await provisionKustomize());`;
  const building = run(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 16 << 20 });
  // The first run builds it for a few minutes, saying so every 15 s: let that be seen.
  building.child.stderr?.pipe(process.stderr);
  const { stdout } = await building;
  return stdout.trim().split('\n').pop() as string;
}

/** What `kubectl apply -k k8s/overlays/<overlay>` would apply. */
export async function build(kustomize: string, overlay: string): Promise<K8sObject[]> {
  const { stdout } = await run(kustomize, ['build', join(repoRoot, 'k8s', 'overlays', overlay)], {
    maxBuffer: 64 << 20,
  });
  return parseAllDocuments(stdout).map((document) => document.toJS() as K8sObject);
}

export const OVERLAYS = readdirSync(join(repoRoot, 'k8s', 'overlays')).sort();

/** A schema of k8s/schemas: those of a resource pin its apiVersion and kind; the others are its parts. */
interface ResourceSchema {
  $id: string;
  properties?: { apiVersion?: { const?: string }; kind?: { const?: string } };
}

/**
 * The JSON Schemas of k8s/schemas by `apiVersion/kind` (the operators' resources, which no package
 * models), each as a function giving an object's problems.
 */
export function operatorSchemas(): Map<string, (object: unknown) => string[]> {
  const dir = join(repoRoot, 'k8s', 'schemas');
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const schemas = readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ResourceSchema);
  for (const schema of schemas) ajv.addSchema(schema);
  const problemsBy = (id: string) => (object: unknown) => {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`no schema ${id}`);
    return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  };
  return new Map(
    schemas
      .filter(({ properties }) => properties?.apiVersion?.const && properties.kind?.const)
      .map(({ $id, properties }) => [`${properties?.apiVersion?.const}/${properties?.kind?.const}`, problemsBy($id)]),
  );
}

/** Each object's problems by kubernetes-models (a Node child process: the package is ESM only). */
export async function modelProblems(objects: K8sObject[]): Promise<string[][]> {
  const script = join(repoRoot, 'tools', 'repo-checks', 'test', 'k8s-models.mjs');
  const child = execFile(process.execPath, [script], { maxBuffer: 64 << 20 });
  const output = new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: string) => (stdout += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`k8s-models.mjs exited ${code}`))));
  });
  child.stdin?.end(JSON.stringify(objects));
  return JSON.parse(await output) as string[][];
}

/** A model's type (kubernetes-models' `IDeployment`…) with the name every built object has. */
export type Named<T> = T & { metadata: { name: string; labels?: Record<string, string> } };

export const ofKind = <T = K8sObject>(objects: K8sObject[], kind: string): Named<T>[] =>
  objects.filter((object) => object.kind === kind) as unknown as Named<T>[];

export function named(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} named ${name}`);
  return found;
}

/** A Deployment's one container, whose name is the service's. */
export function containerOf(deployment: IDeployment): IContainer {
  const containers = deployment.spec?.template.spec?.containers ?? [];
  if (containers.length !== 1) throw new Error(`${deployment.metadata?.name} has ${containers.length} containers`);
  return containers[0];
}

/** A ConfigMap as kustomize names it, with its hash suffix (`pollen-common-<hash>`). */
export function generatedConfigMap(objects: K8sObject[], name: string): Record<string, string> {
  const found = objects.filter(
    (object) => object.kind === 'ConfigMap' && new RegExp(`^${name}-[a-z0-9]{10}$`).test(object.metadata.name),
  );
  if (found.length !== 1) throw new Error(`expected one ConfigMap ${name}-<hash>, found ${found.length}`);
  return found[0].data ?? {};
}

/** The environment a container sees from its ConfigMaps (envFrom) and its own `env` literals. */
export function literalEnv(objects: K8sObject[], container: IContainer): Record<string, string> {
  const fromMaps = (container.envFrom ?? []).map((source) => {
    const name = source.configMapRef?.name;
    return (name && ofKind(objects, 'ConfigMap').find((map) => map.metadata.name === name)?.data) || {};
  });
  const own = (container.env ?? []).filter((variable) => variable.value !== undefined);
  return Object.assign({}, ...fromMaps, Object.fromEntries(own.map((variable) => [variable.name, variable.value])));
}

/** Whether a label selector's `matchLabels` select these labels (the manifests use no expressions). */
export function selects(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined,
  labels: Record<string, string>,
): boolean {
  if (selector?.matchExpressions?.length) throw new Error('matchExpressions are not evaluated here');
  return Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}
