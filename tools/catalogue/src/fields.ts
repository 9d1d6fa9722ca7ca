import { type JsonSchema, refName } from '@pollen/platform/json-schema';

import { code } from './markdown';

/** One row of a field table: nested classes are spelled out as `parent.child` (`items[].child` in arrays). */
export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  constraints: string;
}

const quote = (value: unknown): string => code(typeof value === 'string' ? value : JSON.stringify(value));

/** `oneOf: [{format: date}, {format: date-time}]` reads best as "format date or date-time". */
const onlyFormats = (options: JsonSchema[]): boolean =>
  options.every((option) => option.format && Object.keys(option).every((key) => key === 'type' || key === 'format'));

/** The type of a schema, as a reader would write it: `string`, `integer[]`, `OrganisationDto`. */
export function typeOf(schema: JsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.type === 'array') return schema.items ? `${typeOf(schema.items)}[]` : 'array';
  if (schema.type) return schema.type;
  const options = schema.oneOf ?? schema.anyOf;
  if (options) return [...new Set(options.map(typeOf))].join(' or ');
  return 'any';
}

/** Every rule of a schema, in words; nested classes are described by their own rows. */
export function constraintsOf(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.const !== undefined) parts.push(`always ${quote(schema.const)}`);
  if (schema.enum) parts.push(`one of ${schema.enum.map(quote).join(', ')}`);
  if (schema.format) parts.push(`format ${schema.format}`);
  const options = schema.oneOf ?? schema.anyOf;
  if (options && onlyFormats(options)) {
    parts.push(`format ${options.map((option) => option.format).join(' or ')}`);
  } else if (options) {
    const described = options.map((option) => constraintsOf(option) || typeOf(option));
    parts.push(`${schema.oneOf ? 'exactly one of' : 'any of'}: ${described.map((text) => `(${text})`).join(' or ')}`);
  }
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) parts.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.exclusiveMaximum !== undefined) parts.push(`< ${schema.exclusiveMaximum}`);
  if (schema.multipleOf !== undefined) parts.push(`multiple of ${schema.multipleOf}`);
  if (schema.minLength !== undefined)
    parts.push(`at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  if (schema.pattern !== undefined) parts.push(`matches ${code(schema.pattern)}`);
  if (schema.minItems !== undefined) parts.push(`at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} items`);
  if (schema.uniqueItems) parts.push('no duplicates');
  if (schema.minProperties !== undefined) parts.push(`at least ${schema.minProperties} properties`);
  if (schema.items && !schema.items.$ref) {
    const each = constraintsOf(schema.items);
    if (each) parts.push(`each: ${each}`);
  }
  if (schema.not) parts.push(`not (${constraintsOf(schema.not) || typeOf(schema.not)})`);
  if (schema.description) parts.push(schema.description);
  return parts.join('; ');
}

/**
 * The rows of a class's field table. `schemas` resolves `$ref`s by name; a class nesting itself
 * (directly or not) is shown once, by name.
 */
export function fieldRows(
  schema: JsonSchema,
  schemas: ReadonlyMap<string, JsonSchema>,
  prefix = '',
  path: readonly string[] = [],
): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const row: FieldRow = {
      name: `${prefix}${name}`,
      type: typeOf(property),
      required: required.has(name),
      constraints: constraintsOf(property),
    };
    const isArray = property.type === 'array';
    const nestedRef = isArray ? property.items?.$ref : property.$ref;
    const nested = nestedRef ? refName(nestedRef) : undefined;
    const nestedSchema = nested ? schemas.get(nested) : undefined;
    if (!nested || !nestedSchema || path.includes(nested)) return [row];
    return [row, ...fieldRows(nestedSchema, schemas, `${row.name}${isArray ? '[]' : ''}.`, [...path, nested])];
  });
}
