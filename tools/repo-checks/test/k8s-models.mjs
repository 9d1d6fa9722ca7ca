// Validates Kubernetes objects (a JSON array on stdin) against kubernetes-models and
// @kubernetes-models/prometheus-operator, and prints one JSON array: for each object, its problems
// (none when valid). Both packages are ES modules only, which Jest's CommonJS runtime cannot load:
// k8s.spec.ts runs this with Node instead. An object of a kind neither package has fails.
import { readFileSync } from 'node:fs';

const PROMETHEUS_OPERATOR_GROUP = 'monitoring.coreos.com';

/** The module of a kind's model: `v1` for the core group, `<group>/<version>` otherwise. */
function modelModule({ apiVersion, kind }) {
  if (!/^[A-Za-z]+$/.test(kind ?? '') || !/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion ?? '')) {
    return undefined;
  }
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [undefined, apiVersion];
  if (group === PROMETHEUS_OPERATOR_GROUP) return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/v1/${kind}`;
}

async function problemsOf(object) {
  const specifier = modelModule(object);
  const exported = specifier && (await import(specifier).catch(() => undefined));
  const Model = exported?.[object.kind];
  if (!Model) return [`no model for ${object.apiVersion} ${object.kind}: an unknown kind`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return error.errors?.map((e) => `${e.instancePath || '/'} ${e.message}`) ?? [error.message];
  }
}

const objects = JSON.parse(readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(await Promise.all(objects.map(problemsOf))));
