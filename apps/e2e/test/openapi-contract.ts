import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const OPENAPI_FILE = path.resolve(__dirname, '..', '..', '..', 'docs', 'openapi.json');
const DOCUMENT_ID = 'openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
/** Headers the API sets on purpose: one that is sent must be documented. */
const API_HEADERS = ['etag', 'location', 'retry-after', 'x-correlation-id'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  responses: Record<string, JsonObject>;
}

/** What one real response was, read once. */
export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the caller asserts on what it asked for
  body: any;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The same schema, stricter in one way: an object schema that lists its properties and says
 * nothing of others refuses them, so a field the document does not describe fails the check.
 * References point into the document, which ajv knows as `openapi.json`.
 */
function strict(value: Json): Json {
  if (Array.isArray(value)) return value.map(strict);
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '$ref' && typeof item === 'string' && item.startsWith('#/')) copy[key] = `${DOCUMENT_ID}${item}`;
    else if (key === 'properties' && isObject(item)) {
      copy[key] = Object.fromEntries(Object.entries(item).map(([name, schema]) => [name, strict(schema)]));
    } else copy[key] = strict(item);
  }
  if (isObject(copy['properties']) && copy['additionalProperties'] === undefined) copy['additionalProperties'] = false;
  // ajv reads OpenAPI's `discriminator` only without `mapping`; `oneOf` alone decides the same.
  delete copy['discriminator'];
  return copy;
}

/**
 * docs/openapi.json as a contract: each real response is checked against the operation it answers
 * (status, documented headers, content type, body with ajv), and every operation exercised is
 * recorded, so a test can require that each was seen succeeding and failing.
 */
export class OpenApiContract {
  readonly document: JsonObject = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as JsonObject;
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly seen = new Map<string, Set<number>>();

  constructor() {
    addFormats(this.ajv);
    const components = this.document['components'] as JsonObject;
    this.ajv.addSchema({ components: { schemas: strict(components['schemas']) } } as object, DOCUMENT_ID);
    for (const [template, item] of Object.entries(this.document['paths'] as JsonObject)) {
      const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      for (const method of METHODS.filter((name) => isObject((item as JsonObject)[name]))) {
        const operation = (item as JsonObject)[method] as JsonObject;
        this.operations.push({
          method,
          template,
          pattern: new RegExp(`^${escaped}$`),
          responses: operation['responses'] as Record<string, JsonObject>,
        });
      }
    }
  }

  /** `GET /v1/applications/{id}` for every documented operation. */
  get operationNames(): string[] {
    return this.operations.map((operation) => `${operation.method.toUpperCase()} ${operation.template}`);
  }

  /** The statuses each operation was seen answering. */
  coverage(): Map<string, number[]> {
    return new Map(this.operationNames.map((name) => [name, [...(this.seen.get(name) ?? [])].sort()]));
  }

  private resolve(value: JsonObject): JsonObject {
    const ref = value['$ref'];
    if (typeof ref !== 'string') return value;
    return ref
      .slice(2)
      .split('/')
      .reduce<Json>((node, key) => (node as JsonObject)[key], this.document) as JsonObject;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(strict(schema) as object);
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** Everything in which a response departs from the document; empty when it matches. */
  check(method: string, url: string, exchange: Exchange): string[] {
    const pathname = new URL(url, 'http://gateway').pathname;
    const operation = this.operations.find(
      (candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(pathname),
    );
    const where = `${method.toUpperCase()} ${pathname} → ${exchange.status}`;
    if (!operation) return [`${where}: no operation documents ${method.toUpperCase()} ${pathname}`];
    const name = `${operation.method.toUpperCase()} ${operation.template}`;
    this.seen.set(name, new Set([...(this.seen.get(name) ?? []), exchange.status]));

    const documented = operation.responses[String(exchange.status)] ?? operation.responses['default'];
    if (!documented) return [`${where}: status ${exchange.status} is not documented for ${name}`];
    const response = this.resolve(documented);
    const problems: string[] = [];

    const headers = Object.fromEntries(
      Object.entries((response['headers'] ?? {}) as JsonObject).map(([header, spec]) => [
        header.toLowerCase(),
        this.resolve(spec as JsonObject),
      ]),
    );
    for (const [header, spec] of Object.entries(headers)) {
      const value = exchange.headers.get(header);
      if (value === null) {
        if (spec['required'] === true) problems.push(`${where}: header ${header} is documented as sent, and missing`);
        continue;
      }
      const schema = spec['schema'] as JsonObject;
      const typed = schema['type'] === 'integer' || schema['type'] === 'number' ? Number(value) : value;
      const validate = this.validator(`${name} ${exchange.status} header ${header}`, schema);
      if (!validate(typed))
        problems.push(`${where}: header ${header}: ${value} ${this.ajv.errorsText(validate.errors)}`);
    }
    for (const header of API_HEADERS) {
      if (exchange.headers.get(header) !== null && !headers[header]) {
        problems.push(`${where}: header ${header} is sent but not documented`);
      }
    }

    const content = response['content'] as JsonObject | undefined;
    if (!content) {
      if (exchange.text !== '') problems.push(`${where}: a body is sent, none is documented`);
      return problems;
    }
    const mediaType = (exchange.headers.get('content-type') ?? '').split(';')[0].trim();
    const media = content[mediaType] as JsonObject | undefined;
    if (!media) return [...problems, `${where}: content type "${mediaType}" is not documented`];
    const validate = this.validator(`${name} ${exchange.status} ${mediaType}`, media['schema']);
    if (!validate(exchange.body)) {
      problems.push(
        `${where}: body ${this.ajv.errorsText(validate.errors, { separator: '\n  ' })}\n  in ${exchange.text.slice(0, 2000)}`,
      );
    }
    return problems;
  }
}
