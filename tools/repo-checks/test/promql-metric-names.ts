/**
 * The metric names a PromQL expression reads. Not a parser: it removes what cannot name a metric
 * (strings, label matchers, ranges, the label lists of by/without/on/ignoring/group_*), then keeps
 * each remaining identifier that is neither a keyword nor called like a function. Enough for the
 * expressions of k8s/base/monitoring, whose syntax promtool checks anyway.
 */

const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'group_left', 'group_right', 'inf', 'nan']);

export function metricNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`[^`]*`/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    // Gone entirely: in `sum by (job) (x)`, what follows `sum` must then be its call's parenthesis.
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    // Grafana's variables outside a string or range, e.g. a quantile `$q`.
    .replace(/\$\w+/g, ' ');
  // Not inside another token: the `m` of `10m` or the `e3` of `1e3` is no name.
  const identifiers = [...bare.matchAll(/(?<![\w:.])([A-Za-z_:][\w:]*)(\s*\()?/g)];
  const names = identifiers
    .filter(([, name, call]) => !call && !KEYWORDS.has(name.toLowerCase()))
    .map(([, name]) => name);
  return [...new Set(names)];
}

/** A Grafana variable's `label_values(<selector>, <label>)` reads the metric of its selector. */
export function metricNamesInVariableQuery(query: string): string[] {
  const labelValues = /^\s*label_values\((.*),\s*\w+\s*\)\s*$/s.exec(query);
  return metricNamesIn(labelValues ? labelValues[1] : query);
}
