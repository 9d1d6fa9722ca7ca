/**
 * One text for one JSON value, whoever wrote it: members sorted by name (UTF-16 code units), no
 * spaces, otherwise what JSON.stringify writes (toJSON applied, undefined members left out). The
 * gateway signs the envelope it is about to serialise and a service checks the one it parsed; both
 * give this same text, whatever order the members came in.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value) ?? 'null';
}

function canonical(input: unknown): string | undefined {
  const value = hasToJson(input) ? input.toJSON() : input;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item) ?? 'null').join(',')}]`;
  const members = Object.keys(value)
    .sort()
    .flatMap((name) => {
      const text = canonical((value as Record<string, unknown>)[name]);
      return text === undefined ? [] : [`${JSON.stringify(name)}:${text}`];
    });
  return `{${members.join(',')}}`;
}

const hasToJson = (value: unknown): value is { toJSON: () => unknown } =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
