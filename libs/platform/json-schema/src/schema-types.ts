/**
 * The part of JSON Schema the generated documents need: draft 7 as AsyncAPI 3.0 uses it, and the
 * subset OpenAPI 3.0 shares with it (plus its `nullable`).
 */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  const?: unknown;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  not?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  /** OpenAPI 3.0: `null` is allowed too (needs `type`). */
  nullable?: boolean;
  [extension: `x-${string}`]: unknown;
}

/**
 * Where schemas live in the AsyncAPI and OpenAPI documents (`$ref`s name them); docs/events.md reads
 * the names back.
 */
export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** The schema name a `$ref` points to. */
export const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

/** Code-point order, the same on every machine and locale. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const first = ['$ref', 'type', 'format', 'description'];
const last = ['properties', 'required'];
const rank = (key: string) => (first.includes(key) ? first.indexOf(key) - first.length : last.indexOf(key) + 1);

/**
 * The same schema with its keywords in one fixed order (the usual ones first, the others sorted),
 * so the documents do not change with the order decorators happen to be written in. Property
 * order is kept: it is the order the class declares them in.
 */
export function canonicalSchema(schema: JsonSchema): JsonSchema {
  const entries = Object.entries(schema)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => rank(a) - rank(b) || byText(a, b))
    .map(([key, value]): [string, unknown] => {
      if (key === 'properties') {
        return [
          key,
          Object.fromEntries(Object.entries(value as object).map(([name, sub]) => [name, canonicalSchema(sub)])),
        ];
      }
      if (['items', 'not', 'additionalProperties'].includes(key) && typeof value === 'object') {
        return [key, canonicalSchema(value as JsonSchema)];
      }
      if (['allOf', 'anyOf', 'oneOf'].includes(key)) return [key, (value as JsonSchema[]).map(canonicalSchema)];
      return [key, value];
    });
  return Object.fromEntries(entries) as JsonSchema;
}
