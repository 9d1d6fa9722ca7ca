// The declaration of class-transformer's untyped storage module travels with this file to every importer.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./class-transformer-storage.d.ts" />
import { type DataClass, OFFSET_REQUIRED_PATTERN } from '@pollen/contracts';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import {
  getMetadataStorage,
  IS_BYTE_LENGTH,
  IS_FULL_WIDTH,
  IS_HALF_WIDTH,
  IS_INT,
  IS_ISO8601,
  IS_LOWERCASE,
  IS_UPPERCASE,
  IS_VARIABLE_WIDTH,
  MATCHES,
  MAX,
  MIN,
  ValidationTypes,
} from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { defaultConverters, type ISchemaConverters } from 'class-validator-jsonschema/build/defaultConverters';
import type { IOptions } from 'class-validator-jsonschema/build/options';

import { byText, canonicalSchema, type JsonSchema, SCHEMA_REF_PREFIX } from './schema-types';

type Converter = (meta: ValidationMetadata, options: IOptions) => JsonSchema | undefined | void;

/**
 * Custom validators of the contracts (`registerDecorator` names): JSON Schema cannot run their
 * code, so each says here what it can; `description` carries the rest.
 */
const customValidators: Record<string, JsonSchema> = {
  isSiren: { type: 'string', pattern: '^\\d{9}$', description: 'A SIREN: 9 digits whose Luhn checksum is 0.' },
  offsetRequired: { type: 'string', pattern: OFFSET_REQUIRED_PATTERN },
};

/**
 * Validators whose default conversion keeps only the type, silently dropping the rule itself: a
 * contract that uses one must get a converter here first (see `overrides`).
 */
const lossy = new Set([IS_BYTE_LENGTH, IS_LOWERCASE, IS_UPPERCASE, IS_VARIABLE_WIDTH, IS_FULL_WIDTH, IS_HALF_WIDTH]);

/** Validators that mark a property rather than constrain it: an empty schema is right for them. */
const markers = new Set<string>([
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.WHITELIST,
  ValidationTypes.IS_DEFINED,
]);

const storage = getMetadataStorage();

const where = (meta: ValidationMetadata): string =>
  `${typeof meta.target === 'function' ? meta.target.name : meta.target}.${meta.propertyName}`;

/** Whether the same property (or its items, for `each`) is also `@IsInt`: then bounds are integers. */
function isIntegerProperty(meta: ValidationMetadata): boolean {
  if (typeof meta.target !== 'function') return false;
  return storage
    .getTargetValidationMetadatas(meta.target, '', true, false)
    .some(
      (other) =>
        other.propertyName === meta.propertyName &&
        Boolean(other.each) === Boolean(meta.each) &&
        (other.type === IS_INT || storage.getTargetValidatorConstraints(other.constraintCls)[0]?.name === IS_INT),
    );
}

const overrides: Record<string, Converter> = {
  // @IsDefined makes a nested object required, which `required` says already; the default's
  // `not: {type: null}` beside a `$ref` is not OpenAPI 3.0.
  [ValidationTypes.IS_DEFINED]: () => ({}),
  // The defaults say `type: number` even next to @IsInt, and which one wins depends on the
  // order the decorators are written in.
  [MIN]: (meta) => ({ type: isIntegerProperty(meta) ? 'integer' : 'number', minimum: meta.constraints[0] }),
  [MAX]: (meta) => ({ type: isIntegerProperty(meta) ? 'integer' : 'number', maximum: meta.constraints[0] }),
  // The default says `oneOf`, but no string is both a date and a date-time: `anyOf` says the same
  // without asking a reader (or a linter) to prove the two exclusive. The value is a string either way.
  [IS_ISO8601]: () => ({
    type: 'string',
    anyOf: [
      { type: 'string', format: 'date' },
      { type: 'string', format: 'date-time' },
    ],
  }),
  // The default reads `.source` only: a string pattern would be lost, and so would flags.
  [MATCHES]: (meta) => {
    const [pattern, modifiers] = meta.constraints as [RegExp | string, string | undefined];
    const flags = pattern instanceof RegExp ? pattern.flags : (modifiers ?? '');
    if (flags.replace('u', '') !== '') {
      throw new Error(`${where(meta)}: @Matches with flags "${flags}" cannot be written as a JSON Schema pattern`);
    }
    return { type: 'string', pattern: pattern instanceof RegExp ? pattern.source : pattern };
  },
  ...Object.fromEntries(Object.entries(customValidators).map(([name, schema]) => [name, () => schema])),
  // A rule across two fields, which JSON Schema cannot state: said in words.
  notBelow: (meta) => ({ description: `Not below ${String(meta.constraints[0])}.` }),
  [ValidationTypes.CUSTOM_VALIDATION]: (meta) => {
    throw new Error(
      `${where(meta)}: the custom validator "${meta.type}" has no JSON Schema: add it to customValidators in libs/platform/json-schema/src/json-schema.ts`,
    );
  },
};

/**
 * Wraps every converter so that no rule is dropped silently: a validator without an equivalent
 * fails the generation, naming the class and property. Nested classes met on the way are reported.
 */
function guardedConverters(onNested: (type: DataClass) => void): Record<string, Converter> {
  const all: Record<string, Converter | JsonSchema> = {
    ...(defaultConverters as Record<string, Converter>),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(all).map(([type, converter]) => [
      type,
      (meta: ValidationMetadata, options: IOptions) => {
        if (lossy.has(type)) {
          throw new Error(`${where(meta)}: @${type} has no JSON Schema equivalent here; give it a converter first`);
        }
        if (meta.groups?.length) throw new Error(`${where(meta)}: validation groups are not documented`);
        const schema = typeof converter === 'function' ? converter(meta, options) : converter;
        if (type === ValidationTypes.NESTED_VALIDATION && typeof meta.target === 'function') {
          const typeMeta = defaultMetadataStorage.findTypeMetadata(meta.target, meta.propertyName);
          const nested: unknown = typeMeta ? typeMeta.typeFunction() : undefined;
          if (typeof nested !== 'function') throw new Error(`${where(meta)}: @ValidateNested needs @Type(() => Class)`);
          onNested(nested as DataClass);
        }
        if (!markers.has(type) && (!schema || Object.keys(schema).length === 0)) {
          throw new Error(`${where(meta)}: @${type} produced no JSON Schema`);
        }
        return schema;
      },
    ]),
  );
}

/** The chain of classes from the base class down to this one. */
function lineage(type: DataClass): DataClass[] {
  const chain: DataClass[] = [];
  for (let current: unknown = type; typeof current === 'function' && current !== Function.prototype; ) {
    chain.unshift(current as DataClass);
    current = Object.getPrototypeOf(current);
  }
  return chain;
}

/** Properties in reading order: the base class's first, each class's in the order they are written. */
function propertyOrder(type: DataClass): string[] {
  const names = lineage(type).flatMap((cls) =>
    storage
      .getTargetValidationMetadatas(cls, '', true, false)
      .filter((meta) => meta.target === cls)
      .map((meta) => meta.propertyName),
  );
  return [...new Set(names)];
}

/** One class's schema, with its properties in reading order and `$ref`s to its nested classes. */
function classSchema(type: DataClass, onNested: (type: DataClass) => void): JsonSchema {
  const generated = targetConstructorToSchema(type, {
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: SCHEMA_REF_PREFIX,
    // Our converters return our JsonSchema type; the library's is openapi3-ts's, of the same shape.
    additionalConverters: guardedConverters(onNested) as unknown as ISchemaConverters,
  }) as JsonSchema;
  const properties = generated.properties ?? {};
  // A property class-transformer renames (`@Expose({ name })`) keeps the place the library gave it.
  const order = [...new Set([...propertyOrder(type).filter((name) => name in properties), ...Object.keys(properties)])];
  const rank = (name: string) => order.indexOf(name);
  const required = [...(generated.required ?? [])].sort((a, b) => rank(a) - rank(b));
  return canonicalSchema({
    type: 'object',
    properties: Object.fromEntries(order.map((name) => [name, properties[name]])),
    ...(required.length > 0 ? { required } : {}),
  });
}

/**
 * The JSON Schemas of these classes and of every class they nest (through `@ValidateNested` and
 * `@Type`), by class name, sorted by name. Every class-validator rule appears: a rule JSON Schema
 * cannot express throws rather than vanish. Two different classes with one name throw too, since
 * `$ref`s name classes.
 */
export function schemasOf(types: readonly DataClass[]): Map<string, JsonSchema> {
  const byName = new Map<string, DataClass>();
  const schemas = new Map<string, JsonSchema>();
  const queue: DataClass[] = [];
  const visit = (type: DataClass) => {
    const known = byName.get(type.name);
    if (known && known !== type) throw new Error(`two different classes are both named ${type.name}`);
    if (known) return;
    byName.set(type.name, type);
    queue.push(type);
  };
  types.forEach(visit);
  for (let type = queue.shift(); type; type = queue.shift()) schemas.set(type.name, classSchema(type, visit));
  return new Map([...schemas].sort(([a], [b]) => byText(a, b)));
}

/** One class's schema (nested classes as `$ref`s). */
export const schemaOf = (type: DataClass): JsonSchema => schemasOf([type]).get(type.name) as JsonSchema;
