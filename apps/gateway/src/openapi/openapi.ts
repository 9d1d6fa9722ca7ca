import type { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import {
  DocumentBuilder,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ReferenceObject,
  type ResponseObject,
  type SchemaObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { type DataClass, ErrorCode, type Role, ROLES } from '@pollen/contracts';
import { PROBLEM_CONTENT_TYPE } from '@pollen/platform/http';
import { servePagesUnder } from '@pollen/platform/service';

import { ALLOWED_ROLES, PUBLIC_ROUTE } from '../auth/access.decorators';
import { PROBLEM_CODES } from './api-problems.decorator';
import { RECEIPT_AUTH, RECEIPT_SCHEME } from './api-receipt.decorator';
import { headerRefs, parameterRef, REQUEST_PARAMETERS, requestParameterNamed, RESPONSE_HEADERS } from './headers';
import {
  fieldErrorSchema,
  type ProblemCode,
  problemHeaders,
  problemSchema,
  problemSchemaName,
  problemsDescription,
  problemsSchema,
  statusOf,
} from './problems';
import { MERGE_PATCH, type MergePatchOf, mergePatchSchema, queryParameters, strictSchemasOf } from './request-schemas';
import { eligibilityReasonSchemas, VIEW_FIELDS } from './response-schemas';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

/** What Nest knows of the handler behind one operation: its access rules and its inputs. */
interface Route {
  isPublic: boolean;
  /** A public route whose caller shows an erasure's receipt. */
  receipt: boolean;
  roles: Role[] | undefined;
  body: DataClass | undefined;
  query: DataClass | undefined;
  mergePatch: MergePatchOf | undefined;
  problems: ProblemCode[];
}

/** Every route of the application's controllers, by the operation id Swagger gives it. */
function routesOf(app: INestApplication): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[method] as unknown;
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const meta = <T>(key: string): T | undefined =>
          Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
          string,
          { index: number; data?: unknown }
        >;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as unknown[];
        const input = (kind: RouteParamtypes): DataClass | undefined => {
          const arg = Object.entries(args).find(
            ([key, value]) => key.startsWith(`${kind}:`) && value.data === undefined,
          );
          const type = arg ? types[arg[1].index] : undefined;
          return typeof type === 'function' && type !== Object ? (type as DataClass) : undefined;
        };
        routes.set(`${controller.name}_${method}`, {
          isPublic: meta<boolean>(PUBLIC_ROUTE) === true,
          receipt: meta<boolean>(RECEIPT_AUTH) === true,
          roles: meta<Role[]>(ALLOWED_ROLES),
          body: input(RouteParamtypes.BODY),
          query: input(RouteParamtypes.QUERY),
          mergePatch: meta<MergePatchOf>(MERGE_PATCH),
          problems: Reflect.getMetadata(PROBLEM_CODES, handler) ?? [],
        });
      }
    }
  }
  return routes;
}

const isReference = (value: unknown): value is ReferenceObject =>
  typeof value === 'object' && value !== null && '$ref' in value;

function operationsOf(document: OpenAPIObject): [string, HttpMethod, OperationObject][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method): [string, HttpMethod, OperationObject] => [
      path,
      method,
      item[method] as OperationObject,
    ]),
  );
}

/** POST and PATCH under /v1 take an Idempotency-Key, but for the routes whose answers carry credentials. */
const takesIdempotencyKey = (path: string, method: HttpMethod) =>
  (method === 'post' || method === 'patch') && !path.startsWith('/v1/auth/');

/** The codes every route of a kind answers, beyond the ones it declares. */
function impliedProblems(route: Route, operation: OperationObject, path: string, method: HttpMethod): ProblemCode[] {
  const codes: ProblemCode[] = [ErrorCode.Internal, 'request.rate-limited'];
  if (takesIdempotencyKey(path, method))
    codes.push('idempotency.key-invalid', 'idempotency.in-progress', 'idempotency.key-reused');
  else if (method === 'post') codes.push('idempotency.not-supported');
  // The token of an erased account is refused until it expires.
  if (!route.isPublic) codes.push('auth.token-required', 'account.gone');
  if (!route.isPublic && route.roles && !ROLES.every((role) => route.roles?.includes(role))) {
    codes.push('auth.role-required');
  }
  // Any body may be malformed JSON, or too large.
  if (operation.requestBody) codes.push(ErrorCode.ValidationFailed, ErrorCode.PayloadTooLarge);
  return codes;
}

/** Every answer of a counted route says where the caller stands against its tightest limit. */
const RATE_LIMIT_HEADERS = headerRefs({
  'RateLimit-Limit': 'RateLimitLimit',
  'RateLimit-Remaining': 'RateLimitRemaining',
  'RateLimit-Reset': 'RateLimitReset',
});

const SUCCESS_DESCRIPTIONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No content',
};

function whoMayCall(route: Route): string {
  if (route.receipt) return 'The holder of the erasure’s receipt: `Authorization: Receipt <receiptToken>`.';
  if (route.isPublic) return 'Public: no token needed (a valid one identifies the caller).';
  return route.roles ? `Roles: ${route.roles.join(', ')}.` : 'Any signed-in account.';
}

/** Sets one operation's parameters, security and responses from its route. */
function describeOperation(
  path: string,
  method: HttpMethod,
  operation: OperationObject,
  route: Route,
  bodies: ReadonlyMap<string, SchemaObject>,
  problemCodes: Set<ProblemCode>,
): void {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const queries = parameters.filter((parameter) => parameter.in === 'query');
  // As the route describes them (`@ApiUuidParam()` for UUIDs).
  const paths = parameters.filter((parameter) => parameter.in === 'path');
  // A header the route declares (`@ApiHeader`) is the component of ./headers.ts of that name.
  const headers = parameters
    .filter((parameter) => parameter.in === 'header')
    .map((parameter) => {
      const component = requestParameterNamed(parameter.name);
      if (!component) throw new Error(`${method} ${path}: declare request header ${parameter.name} in ./headers.ts`);
      return parameterRef(component);
    });
  operation.parameters = [
    ...paths,
    ...(route.query ? queryParameters(route.query, queries) : queries),
    ...headers,
    ...(takesIdempotencyKey(path, method) ? [parameterRef('IdempotencyKey')] : []),
    ...(method === 'get' ? [parameterRef('IfNoneMatch')] : []),
    parameterRef('AcceptLanguage'),
    parameterRef('XCorrelationId'),
  ];
  operation.security = route.receipt
    ? [{ [RECEIPT_SCHEME]: [] }]
    : route.isPublic
      ? [{}, { bearer: [] }]
      : [{ bearer: [] }];
  operation.description = [operation.description, whoMayCall(route)].filter(Boolean).join('\n\n');

  const responses: Record<string, ResponseObject> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!response || isReference(response)) throw new Error(`${method} ${path}: response ${status} is a $ref`);
    if (!status.startsWith('2')) throw new Error(`${method} ${path}: declare problems with @ApiProblems`);
    const etag = method === 'get' && !response.headers?.['ETag'] ? headerRefs({ ETag: 'ETag' }) : {};
    responses[status] = {
      ...response,
      description: response.description || SUCCESS_DESCRIPTIONS[status] || 'Success',
      headers: {
        ...response.headers,
        ...etag,
        ...(takesIdempotencyKey(path, method) ? headerRefs({ 'Idempotent-Replayed': 'IdempotentReplayed' }) : {}),
        ...RATE_LIMIT_HEADERS,
        ...headerRefs({ 'X-Correlation-Id': 'XCorrelationId' }),
      },
    };
  }
  if (method === 'get') {
    const ok = responses['200'];
    responses['304'] = {
      description: 'Not modified: the `ETag` sent in `If-None-Match` is current. No body.',
      headers: {
        ETag: ok.headers?.['ETag'] as ReferenceObject,
        ...headerRefs({ 'X-Correlation-Id': 'XCorrelationId' }),
      },
    };
  }
  const codes = [...new Set([...route.problems, ...impliedProblems(route, operation, path, method)])];
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  for (const [status, group] of byStatus) {
    group.forEach((code) => problemCodes.add(code));
    responses[String(status)] = {
      description: problemsDescription(group),
      headers: { ...problemHeaders(group), ...headerRefs({ 'X-Correlation-Id': 'XCorrelationId' }) },
      content: { [PROBLEM_CONTENT_TYPE]: { schema: problemsSchema(group) } },
    };
  }
  operation.responses = responses;
  if (operation.requestBody && !isReference(operation.requestBody) && route.body && !route.mergePatch) {
    // A body whose fields are all optional may be left out: it is then `{}`.
    operation.requestBody.required = (bodies.get(route.body.name)?.required ?? []).length > 0;
  }
}

/**
 * The plugin lists a union of literal types (`'open' | 'closed'`) in the order the type checker
 * happens to meet its members, which differs between compilations (the build, the tests, the
 * script): sorted, its enums are the same every time. Rules read from class-validator keep their
 * lists' order.
 */
function sortedEnums(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedEnums);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === 'enum' && Array.isArray(item) ? [...item].sort() : sortedEnums(item),
    ]),
  );
}

/** Merges each patch of ./response-schemas.ts into the property the plugin described. */
function patchViews(schemas: Record<string, SchemaObject | ReferenceObject>): void {
  for (const [view, fields] of Object.entries(VIEW_FIELDS)) {
    const schema = schemas[view];
    if (!schema || isReference(schema)) throw new Error(`response-schemas.ts: no schema ${view}`);
    for (const [name, patch] of Object.entries(fields as Record<string, SchemaObject>)) {
      const property = schema.properties?.[name];
      if (!property || isReference(property)) throw new Error(`response-schemas.ts: no property ${view}.${name}`);
      schema.properties = { ...schema.properties, [name]: { ...property, ...patch } };
    }
  }
}

/** Every `$ref` under a value. */
function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.add(item);
      else if (key === 'mapping' && typeof item === 'object' && item !== null)
        Object.values(item).forEach((ref) => found.add(String(ref)));
      else refsIn(item, found);
    }
  }
  return found;
}

/** Drops the components nothing points to (the plugin describes some classes the routes no longer use). */
function pruneComponents(document: OpenAPIObject): void {
  const components = document.components ?? {};
  const sections = ['schemas', 'headers', 'parameters'] as const;
  const used = refsIn(document.paths);
  for (let size = -1; size !== used.size; ) {
    size = used.size;
    for (const ref of [...used]) {
      const [, , section, name] = ref.split('/');
      refsIn((components as Record<string, Record<string, unknown> | undefined>)[section]?.[name], used);
    }
  }
  for (const section of sections) {
    const entries = Object.entries(components[section] ?? {}).filter(([name]) =>
      used.has(`#/components/${section}/${name}`),
    );
    components[section] = Object.fromEntries(entries) as never;
  }
}

const FIRST = ['$ref', 'name', 'in', 'type', 'format', 'summary', 'description'];
const LAST = ['properties', 'required'];
const rank = (key: string) => (FIRST.includes(key) ? FIRST.indexOf(key) - FIRST.length : LAST.indexOf(key) + 1);

/**
 * Object keys in one fixed order: the usual ones first (`$ref`, `name`, `type`, `description`…),
 * the others sorted; a schema's `properties` keep the order the class declares them in.
 */
function sorted(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => sorted(item));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([name, item]): [string, unknown] => [name, sorted(item, name)]);
  if (key !== 'properties') entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

const TOP_LEVEL = ['openapi', 'info', 'servers', 'tags', 'security', 'paths', 'components'];

/**
 * The gateway's OpenAPI document: Swagger reads the routes, the plugin the views' types; then every
 * request body and query is described from its class-validator rules, every view gets what its
 * TypeScript types cannot say (./response-schemas.ts), every route its access rules, headers and
 * problems, and keys are sorted so that the document is the same on every run. docs/openapi.json
 * is this document (`npm run docs:openapi`); a test fails when they differ.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Pollen API')
    .setDescription(
      'Funding and support programmes for social enterprises. Errors are RFC 9457 `application/problem+json`, ' +
        'each with a stable `code` (docs/errors.md). Codes (legal forms, regions, impact areas, stages, instruments) ' +
        'are stable. Unknown body fields and unknown query parameters are refused with `400`, like any other ' +
        'invalid field. How to use it: docs/api.md.',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'The gateway that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    // Not an HTTP scheme of the IANA registry: the whole header value, `Receipt <receiptToken>`.
    .addSecurity(RECEIPT_SCHEME, {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description:
        '`Receipt <receiptToken>`: the token `POST /v1/me/erasure` answered with, shown once. It shows that erasure’s progress, nothing else.',
    })
    .addTag('accounts', 'Register, log in, sessions, the signed-in account')
    .addTag('programmes', 'Calls for applications: anyone browses them, operators run them')
    .addTag('applications', 'Funding requests, from draft to decision')
    .addTag('notifications', 'The in-app inbox, and what you are told on which channel')
    .addTag(
      'webhooks',
      'Signed calls to your endpoints when deal-flow and document events happen (investors, operators)',
    )
    .addTag('legal-templates', 'Published legal templates')
    .addTag('personal data', 'Export everything Pollen holds about you, or erase it (RGPD art. 15, 17 and 20)')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const routes = routesOf(app);
  const plugin = sortedEnums(document.components?.schemas ?? {}) as Record<string, SchemaObject>;

  // Request bodies (and merge patches) from their class-validator rules.
  const bodyTypes = [...routes.values()].flatMap((route) => [
    ...(route.body ? [route.body] : []),
    ...(route.mergePatch ? [route.mergePatch.type] : []),
  ]);
  const strict = strictSchemasOf(bodyTypes, plugin);
  const schemas: Record<string, SchemaObject | ReferenceObject> = { ...plugin, ...Object.fromEntries(strict) };
  for (const route of routes.values()) {
    if (route.mergePatch) schemas[route.mergePatch.name] = mergePatchSchema(route.mergePatch.type.name, strict);
  }

  const problemCodes = new Set<ProblemCode>();
  for (const [path, method, operation] of operationsOf(document)) {
    const route = routes.get(operation.operationId ?? '');
    if (!route) throw new Error(`${method} ${path}: no route ${operation.operationId}`);
    describeOperation(path, method, operation, route, strict, problemCodes);
  }
  patchViews(schemas);
  Object.assign(schemas, eligibilityReasonSchemas(), { FieldError: fieldErrorSchema });
  for (const code of problemCodes) schemas[problemSchemaName(code)] = problemSchema(code);

  document.components = {
    ...document.components,
    schemas,
    headers: RESPONSE_HEADERS,
    parameters: REQUEST_PARAMETERS,
  };
  pruneComponents(document);
  const canonical = sorted(document) as Record<string, unknown>;
  const order = (name: string) => (TOP_LEVEL.includes(name) ? TOP_LEVEL.indexOf(name) : TOP_LEVEL.length);
  return Object.fromEntries(
    Object.entries(canonical).sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : 1)),
  ) as unknown as OpenAPIObject;
}

/** The document as docs/openapi.json holds it: 2-space JSON and a final newline. */
export const openApiJson = (document: OpenAPIObject): string => `${JSON.stringify(document, null, 2)}\n`;

/** The UI at /docs, with a CSP that lets it load its own files, and the document at /docs-json. */
export function mountOpenApi(app: INestApplication): void {
  servePagesUnder(app, '/docs');
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
