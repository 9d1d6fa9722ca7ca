import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiParam, type ParameterObject, type SchemaObject } from '@nestjs/swagger';
import type { DataClass } from '@pollen/contracts';
import { type JsonSchema, refName, SCHEMA_REF_PREFIX, schemasOf } from '@pollen/platform/json-schema';

/**
 * Request bodies and queries are described from their class-validator rules, the ones the
 * gateway's validation pipe enforces: one source of truth. The converter
 * (@pollen/platform/json-schema) fails on a rule it cannot write as JSON Schema rather than drop it.
 * The swagger plugin's reading of the same classes gives only the doc comments.
 */

export const MERGE_PATCH = 'pollen:openapi:merge-patch';
export const MERGE_PATCH_MEDIA_TYPE = 'application/merge-patch+json';

export interface MergePatchOf {
  /** The class the merged result must satisfy. */
  type: DataClass;
  /** The component that describes the patch. */
  name: string;
}

/**
 * A JSON merge patch (RFC 7396) body, as `application/merge-patch+json` or `application/json`: its
 * schema (`name`) is derived from `type`, the class the owning service validates the merged
 * result against.
 */
export function ApiMergePatch(type: DataClass, name: string, description: string): MethodDecorator {
  return applyDecorators(
    SetMetadata(MERGE_PATCH, { type, name } satisfies MergePatchOf),
    ApiConsumes(MERGE_PATCH_MEDIA_TYPE, 'application/json'),
    ApiBody({ required: true, description, schema: { $ref: `${SCHEMA_REF_PREFIX}${name}` } }),
  );
}

/** The `:id` of a route whose ids are UUIDs: the gateway answers `404` to anything else (assertUuid). */
export const ApiUuidParam = (name = 'id'): MethodDecorator =>
  ApiParam({
    name,
    description: 'A UUID; anything else is `404`.',
    schema: { type: 'string', format: 'uuid' },
  });

type Described = Record<string, SchemaObject | undefined>;

/** The doc comment the plugin read for a property, if any: the converter knows rules, not prose. */
function withDescriptions(schema: JsonSchema, described: SchemaObject | undefined): JsonSchema {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => {
      const comment = (described?.properties?.[name] as SchemaObject | undefined)?.description;
      if (!comment) return [name, property];
      // A `$ref` takes no siblings in OpenAPI 3.0.
      return [
        name,
        property.$ref ? { allOf: [property], description: comment } : { ...property, description: comment },
      ];
    }),
  );
  return { ...schema, properties };
}

/**
 * The schemas of these classes and of every class they nest, by class name: every rule, and
 * `additionalProperties: false`, since the validation pipe refuses unknown fields at every level.
 * `described` holds the plugin's schemas of the same names, for their descriptions.
 */
export function strictSchemasOf(types: readonly DataClass[], described: Described): Map<string, SchemaObject> {
  return new Map(
    [...schemasOf(types)].map(([name, schema]) => [
      name,
      { ...withDescriptions(schema, described[name]), additionalProperties: false } as SchemaObject,
    ]),
  );
}

/**
 * The merge patch of a class's schema: no field required, an optional field may be `null` (it is
 * removed), nested objects are patches too (inlined: OpenAPI 3.0 cannot make a `$ref` nullable),
 * arrays are replaced whole. `components` holds the class's schema and those it nests.
 */
export function mergePatchSchema(root: string, components: ReadonlyMap<string, SchemaObject>): SchemaObject {
  const patchOf = (name: string): SchemaObject => {
    const schema = components.get(name);
    if (!schema) throw new Error(`mergePatchSchema: no schema ${name}`);
    const required = new Set(schema.required ?? []);
    const properties = Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([property, value]) => {
        const field = value as JsonSchema;
        const nested = field.$ref ?? field.allOf?.[0]?.$ref;
        const patched = nested
          ? { ...patchOf(refName(nested)), ...(field.description ? { description: field.description } : {}) }
          : (field as SchemaObject);
        if (required.has(property)) return [property, patched];
        if (!patched.type) throw new Error(`mergePatchSchema: ${name}.${property} has no type to make nullable`);
        return [property, { ...patched, nullable: true }];
      }),
    );
    return { type: 'object', properties, additionalProperties: false };
  };
  return {
    ...patchOf(root),
    description:
      'A JSON merge patch (RFC 7396): any subset of the fields. `null` removes an optional field, an object is merged, anything else (arrays too) replaces. The result is validated as a whole, as if it were new.',
  };
}

/**
 * The query parameters of a query class, in the order it declares them: each property's schema,
 * required unless optional, with the plugin's description of the same parameter.
 */
export function queryParameters(type: DataClass, described: readonly ParameterObject[]): ParameterObject[] {
  const schema = schemasOf([type]).get(type.name) as JsonSchema;
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    if (property.$ref || property.type === 'object') throw new Error(`${type.name}.${name}: a query holds no objects`);
    const { description, ...rules } = property;
    const comment = described.find((parameter) => parameter.name === name)?.description ?? description;
    return {
      name,
      in: 'query',
      required: required.has(name),
      ...(comment ? { description: comment } : {}),
      schema: rules as SchemaObject,
    };
  });
}
