import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { collectDefaultMetrics, Registry } from 'prom-client';
import ts from 'typescript';

import { repoRoot } from '../src';

/**
 * The series names Prometheus scrapes from the services, read from the code that declares them.
 * Every Pollen metric is made by `counter`, `gauge` or `histogram` of `@pollen/platform/health`
 * with its name as a literal, so reading those calls in libs/ and apps/ finds them all, apps'
 * own included, without importing the services (which a tooling project may not) or
 * type-checking the whole platform on every run. Anything that would escape this reading (a
 * computed name, a prom-client metric made another way) fails it instead.
 */

type MetricKind = 'counter' | 'gauge' | 'histogram' | 'summary';

const HELPERS = new Set<string>(['counter', 'gauge', 'histogram']);
const PROM_CLIENT_CLASSES = new Set(['Counter', 'Gauge', 'Histogram', 'Summary']);
const HEALTH_SRC = join('libs', 'platform', 'health', 'src');
/** The one place allowed to construct prom-client metrics: the helpers themselves. */
const HELPERS_FILE = join(HEALTH_SRC, 'metrics.ts');

/** Production sources only: specs, integration tests and benchmarks declare nothing scraped. */
function sourceFiles(dir: string, underSrc = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' ? [] : sourceFiles(path, underSrc || entry.name === 'src');
    }
    return underSrc && entry.name.endsWith('.ts') && !/\.(spec|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

function declaredIn(file: string, found: Map<string, MetricKind>): void {
  const text = readFileSync(file, 'utf8');
  if (!/prom-client|@pollen\/platform\/health|\.\/metrics/.test(text)) return;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const where = (node: ts.Node) =>
    `${relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const inHealth = relative(repoRoot, file).startsWith(HEALTH_SRC);

  // Local name → helper (an import may rename it) and the prom-client classes in scope.
  const helpers = new Map<string, MetricKind>();
  const promClasses = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const from = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      const isHelperModule = from === '@pollen/platform/health' || (inHealth && from === './metrics');
      if (isHelperModule && HELPERS.has(imported)) helpers.set(element.name.text, imported as MetricKind);
      if (from === 'prom-client' && PROM_CLIENT_CLASSES.has(imported)) promClasses.add(element.name.text);
    }
  }

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text)) {
      const [name] = node.arguments;
      if (!name || !ts.isStringLiteralLike(name)) {
        throw new Error(`${where(node)}: a metric's name must be a literal, for dashboards and alerts to be checked`);
      }
      found.set(name.text, helpers.get(node.expression.text) as MetricKind);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && promClasses.has(node.expression.text)) {
      if (relative(repoRoot, file) !== HELPERS_FILE) {
        throw new Error(`${where(node)}: make metrics with @pollen/platform/health's counter, gauge or histogram`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** What Node's process metrics are: the health module calls collectDefaultMetrics() as here. */
async function defaultMetrics(): Promise<Map<string, MetricKind>> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = await registry.getMetricsAsJSON();
  return new Map(metrics.map((metric) => [metric.name, String(metric.type) as MetricKind]));
}

/** Every metric the services declare, by name, with its kind. */
export async function declaredMetrics(): Promise<Map<string, MetricKind>> {
  const found = await defaultMetrics();
  for (const file of ['libs', 'apps'].flatMap((dir) => sourceFiles(join(repoRoot, dir)))) declaredIn(file, found);
  return found;
}

/** The series a scrape holds for a metric: a histogram's `_bucket`, `_sum` and `_count`, etc. */
export function seriesOf(name: string, kind: MetricKind): string[] {
  switch (kind) {
    case 'counter':
    case 'gauge':
      return [name];
    case 'histogram':
      return [`${name}_bucket`, `${name}_sum`, `${name}_count`];
    case 'summary':
      return [name, `${name}_sum`, `${name}_count`];
  }
}
