import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { SERVICES } from '@pollen/contracts';
import { parse, parseAllDocuments, stringify } from 'yaml';

import { readRepoFile, repoRoot } from '../src';
import { declaredMetrics, seriesOf } from './exported-metrics';
import { type K8sObject, modelProblems, provisionKustomize } from './k8s-manifests';
import { metricNamesIn, metricNamesInVariableQuery } from './promql-metric-names';

/**
 * What k8s/base/monitoring promises whoever runs Pollen: every service is scraped, every alert
 * fires when it should and not otherwise, points at its runbook, and, like every dashboard
 * query, reads only metrics that exist.
 */

const DIR = 'k8s/base/monitoring';
const run = promisify(execFile);

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec: Record<string, unknown>;
}

interface Kustomization {
  resources: string[];
  configMapGenerator: { name: string; files: string[]; options?: { labels?: Record<string, string> } }[];
}

interface RulesTest {
  rule_files: string[];
  tests: { name: string; alert_rule_test?: { alertname: string; exp_alerts?: unknown[] }[] }[];
}

const kustomization = parse(readRepoFile(`${DIR}/kustomization.yaml`)) as Kustomization;
const manifests = kustomization.resources.map((file) => parse(readRepoFile(`${DIR}/${file}`)) as Manifest);

function manifest(kind: string): Manifest {
  const found = manifests.filter((candidate) => candidate.kind === kind);
  if (found.length !== 1) throw new Error(`${DIR} should have one ${kind}, has ${found.length}`);
  return found[0];
}

const ruleSpec = manifest('PrometheusRule').spec as { groups: { name: string; rules: Rule[] }[] };
const alerts = ruleSpec.groups
  .flatMap((group) => group.rules)
  .filter((rule): rule is Rule & { alert: string } => Boolean(rule.alert));

const dashboardGenerator = kustomization.configMapGenerator.find((generator) => generator.name === 'pollen-dashboard');
const dashboardFile = dashboardGenerator?.files[0]?.split('=').at(-1) ?? '';
const dashboard = JSON.parse(readRepoFile(`${DIR}/${dashboardFile}`)) as Record<string, unknown>;

/** Every value under `key` anywhere in the dashboard: panels nest in rows, targets in panels. */
function valuesOf(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((item) => valuesOf(item, key));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([name, value]) => [...(name === key ? [value] : []), ...valuesOf(value, key)]);
}

/**
 * Series no Pollen code declares but the rules rightly read, each with why. Only what Prometheus'
 * usual companions export belongs here.
 */
const CLUSTER_METRICS: Record<string, string> = {
  // A crash-looping container cannot be scraped: only kube-state-metrics still counts its restarts.
  kube_pod_container_status_restarts_total: 'kube-state-metrics: restarts of each container',
};

/** GitHub's anchor for a heading: lower-cased, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

function runbookAnchors(): string[] {
  const section = readRepoFile('docs/operations.md').split('\n## Alerts\n')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^### (.+)$/gm)].map((match) => anchorOf(match[1]));
}

describe('metricNamesIn', () => {
  it.each([
    ['sum by (job, le) (rate(a_bucket{status=~"5.."}[5m]))', ['a_bucket']],
    ['histogram_quantile(0.95, sum(rate(a_bucket[$__rate_interval])) by (le))', ['a_bucket']],
    ['a / on (pod) group_left (team) b offset 10m > bool 1e3', ['a', 'b']],
    ['(a unless a offset 10m) or increase(b{x="sum(c)"}[1h])', ['a', 'b']],
    ['max without (instance) (c:ratio) and on () vector(1)', ['c:ratio']],
  ])('reads %s', (expr, expected) => {
    expect(metricNamesIn(expr)).toEqual(expected);
  });

  it('reads the selector of a Grafana label_values() query', () => {
    expect(metricNamesInVariableQuery('label_values(a_count{namespace="$namespace"}, job)')).toEqual(['a_count']);
  });
});

describe(DIR, () => {
  it('scrapes /metrics on the management port of the Services labelled part of Pollen', () => {
    const { spec } = manifest('ServiceMonitor');

    expect(spec['selector']).toEqual({ matchLabels: { 'app.kubernetes.io/part-of': 'pollen' } });
    expect(spec['endpoints']).toEqual([expect.objectContaining({ port: 'management', path: '/metrics' })]);
  });

  // The other half of the selector: the services' own Services (k8s/base/services).
  it.each(SERVICES.map(({ name, managementPort }) => [name, managementPort]))(
    'finds the Service of %s, whose port named management is %d',
    (name, managementPort) => {
      const service = parse(readRepoFile(`k8s/base/services/${name}/service.yaml`)) as Manifest & {
        spec: { ports: { name: string; port: number }[] };
      };

      expect(service.metadata.labels).toMatchObject({
        'app.kubernetes.io/part-of': 'pollen',
        'app.kubernetes.io/name': name,
      });
      expect(service.spec.ports).toContainEqual(expect.objectContaining({ name: 'management', port: managementPort }));
    },
  );

  describe('as kustomize builds it', () => {
    let built: K8sObject[];

    beforeAll(async () => {
      const kustomize = await provisionKustomize();
      const { stdout } = await run(kustomize, ['build', join(repoRoot, DIR)], { maxBuffer: 16 << 20 });
      built = parseAllDocuments(stdout).map((document) => document.toJS() as K8sObject);
    }, 600_000);

    it('holds valid objects: the ServiceMonitor, the PrometheusRule and the dashboard’s ConfigMap', async () => {
      expect(built.map((object) => object.kind).sort()).toEqual(['ConfigMap', 'PrometheusRule', 'ServiceMonitor']);
      expect(await modelProblems(built)).toEqual(built.map(() => []));
    });

    it('ships the dashboard file in a ConfigMap that Grafana’s sidecar loads', () => {
      const configMap = built.find((object) => object.kind === 'ConfigMap');

      expect(configMap?.metadata.labels).toMatchObject({ grafana_dashboard: '1' });
      expect(Object.values(configMap?.data ?? {}).map((json) => JSON.parse(json) as unknown)).toEqual([dashboard]);
    });
  });

  describe('alerts', () => {
    let promtool: string;
    const rulesTest = parse(readRepoFile(`${DIR}/alerts.test.yaml`)) as RulesTest;

    beforeAll(async () => {
      // tools/infra is ES modules, which this CommonJS Jest cannot load: Node runs it.
      const module = pathToFileURL(join(repoRoot, 'tools', 'infra', 'promtool.mjs')).href;
      const script = `import { provisionPromtool } from ${JSON.stringify(module)};\nconsole.log(await provisionPromtool());`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
      promtool = stdout.trim().split('\n').pop() as string;
    }, 300_000);

    it('pass their promtool unit tests (alerts.test.yaml)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pollen-alerts-'));
      try {
        // promtool reads plain rule files: the PrometheusRule's spec is one.
        writeFileSync(join(dir, rulesTest.rule_files[0]), stringify(ruleSpec));
        copyFileSync(join(repoRoot, DIR, 'alerts.test.yaml'), join(dir, 'alerts.test.yaml'));
        const { stdout } = await run(promtool, ['test', 'rules', 'alerts.test.yaml'], {
          cwd: dir,
        }).catch((error: { stdout: string; stderr: string }) => {
          throw new Error(`promtool test rules failed:\n${error.stdout}${error.stderr}`);
        });

        expect(stdout).toContain('SUCCESS');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it.each(alerts.map((alert) => [alert.alert]))('%s is tested firing, and quiet on a healthy platform', (name) => {
      const cases = rulesTest.tests.flatMap((test) => test.alert_rule_test ?? []).filter((c) => c.alertname === name);

      expect(cases.some((c) => (c.exp_alerts ?? []).length > 0)).toBe(true);
      expect(cases.some((c) => (c.exp_alerts ?? []).length === 0)).toBe(true);
    });

    it.each(alerts.map((alert) => [alert.alert, alert]))('%s has a severity and its runbook', (name, alert) => {
      expect(['warning', 'critical']).toContain(alert.labels?.severity);
      expect(alert.annotations?.summary).toBeTruthy();
      expect(alert.annotations?.runbook_url).toBe(`docs/operations.md#${anchorOf(name)}`);
      expect(runbookAnchors()).toContain(anchorOf(name));
    });

    it('restart only the services’ containers, named after them (kube-state-metrics has no pod labels)', () => {
      const restarts = alerts.find((alert) => alert.expr.includes('kube_pod_container_status_restarts_total'));
      const containers = /container=~"([^"]+)"/.exec(restarts?.expr ?? '')?.[1].split('|') ?? [];

      expect(containers.sort()).toEqual(SERVICES.map(({ name }) => name).sort());
    });
  });

  describe('reads only metrics that exist', () => {
    let exported: Set<string>;

    beforeAll(async () => {
      const declared = await declaredMetrics();
      exported = new Set([...declared].flatMap(([name, kind]) => seriesOf(name, kind)));
    });

    const unknown = (names: string[]) => names.filter((name) => !exported.has(name) && !(name in CLUSTER_METRICS));

    it.each(alerts.map((alert) => [alert.alert, alert.expr]))('alert %s', (_name, expr) => {
      expect(metricNamesIn(expr)).not.toHaveLength(0);
      expect(unknown(metricNamesIn(expr))).toEqual([]);
    });

    it('every dashboard query and variable', () => {
      const queries = valuesOf(dashboard, 'expr') as string[];
      const variables = valuesOf(dashboard['templating'], 'query')
        .map((query) => (typeof query === 'object' && query ? (query as { query?: string }).query : query))
        .filter((query): query is string => typeof query === 'string' && query !== 'prometheus');

      expect(queries.length).toBeGreaterThan(10);
      expect(unknown(queries.flatMap(metricNamesIn))).toEqual([]);
      expect(unknown(variables.flatMap(metricNamesInVariableQuery))).toEqual([]);
    });

    it('lists only cluster metrics something reads', () => {
      const read = [...alerts.map((alert) => alert.expr), ...(valuesOf(dashboard, 'expr') as string[])].flatMap(
        metricNamesIn,
      );

      expect(Object.keys(CLUSTER_METRICS).filter((name) => !read.includes(name))).toEqual([]);
    });
  });
});
