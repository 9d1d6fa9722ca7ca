import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import {
  CreateApplicationDraftDto,
  CreateProgrammeDto,
  DecideApplicationDto,
  ListApplicationsQueryDto,
  ListProgrammesQueryDto,
  LoginDto,
  RefreshTokenDto,
  RegisterAccountDto,
  WithdrawApplicationDto,
} from '@pollen/contracts';
import { type JsonSchema, schemasOf } from '@pollen/platform/json-schema';

import { OPENAPI_FILE, renderOpenApiFile } from '../src/openapi/openapi-file';

const root = path.resolve(__dirname, '..', '..', '..');

interface Document {
  paths: Record<string, Record<string, { parameters?: (ParameterObject | ReferenceObject)[] }>>;
  components: { schemas: Record<string, SchemaObject> };
}

/** Where the committed document first differs from what the code gives, for the failure message. */
function staleness(committed: string | undefined, generated: string): string {
  const advice = `${OPENAPI_FILE} does not match the gateway's code: run \`npm run docs:openapi\` and commit the result.`;
  if (committed === undefined) return `${advice}\n(${OPENAPI_FILE} does not exist)`;
  const have = committed.split('\n');
  const want = generated.split('\n');
  const at = want.findIndex((line, index) => have[index] !== line);
  const line = at === -1 ? want.length : at;
  return `${advice}\nFirst difference at line ${line + 1}:\n  committed: ${have[line] ?? '(end of file)'}\n  generated: ${want[line] ?? '(end of file)'}`;
}

/** A schema without the prose: what the rules say. */
function rulesOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rulesOf);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { description: _description, ...rest } = schema as Record<string, unknown>;
  // The document wraps a described `$ref` in `allOf` (a `$ref` takes no siblings in OpenAPI 3.0).
  const allOf = rest['allOf'] as unknown[] | undefined;
  if (allOf?.length === 1 && Object.keys(rest).length === 1) return rulesOf(allOf[0]);
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, rulesOf(value)]));
}

/**
 * docs/openapi.json, the gateway's OpenAPI document: regenerated here from the gateway's modules
 * (previewed: no Kafka, no database), it must be the committed file, lint clean, and describe every
 * request with every class-validator rule the gateway enforces.
 */
describe(OPENAPI_FILE, () => {
  const file = path.join(root, OPENAPI_FILE);
  let generated: string;
  let document: Document;

  beforeAll(async () => {
    generated = await renderOpenApiFile();
    document = JSON.parse(generated) as Document;
  });

  it('is what the code gives', () => {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;

    if (committed !== generated) throw new Error(staleness(committed, generated));
  });

  it('passes the Redocly linter (recommended rules, redocly.yaml) without an error or a warning', () => {
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [path.join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', OPENAPI_FILE, '--format=json'],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      );
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };

    expect(
      report.problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`),
    ).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it.each([
    RegisterAccountDto,
    LoginDto,
    RefreshTokenDto,
    CreateProgrammeDto,
    CreateApplicationDraftDto,
    WithdrawApplicationDto,
    DecideApplicationDto,
  ])('describes %p, and every class it nests, with every class-validator rule and no unknown field', (type) => {
    for (const [name, schema] of schemasOf([type])) {
      expect(rulesOf(document.components.schemas[name])).toEqual(rulesOf({ ...schema, additionalProperties: false }));
    }
  });

  it.each([
    ['/v1/programmes', ListProgrammesQueryDto],
    ['/v1/applications', ListApplicationsQueryDto],
  ] as const)('describes the query of GET %s with every class-validator rule', (route, type) => {
    const schema = schemasOf([type]).get(type.name) as JsonSchema;
    const queries = (document.paths[route]['get'].parameters ?? []).filter(
      (parameter): parameter is ParameterObject => 'in' in parameter && parameter.in === 'query',
    );

    expect(queries.map((parameter) => [parameter.name, parameter.required, rulesOf(parameter.schema)])).toEqual(
      Object.entries(schema.properties ?? {}).map(([name, property]) => [
        name,
        (schema.required ?? []).includes(name),
        rulesOf(property),
      ]),
    );
  });

  it('states the formats, patterns, enums and bounds the issue names', () => {
    const schemas = document.components.schemas;
    const property = (schema: string, name: string) => rulesOf(schemas[schema].properties?.[name]);

    expect(property('RegisterAccountDto', 'email')).toEqual({ type: 'string', format: 'email', maxLength: 254 });
    expect(property('RefreshTokenDto', 'refreshToken')).toEqual({ type: 'string', minLength: 1, maxLength: 512 });
    expect(property('OrganisationDto', 'siren')).toEqual({ type: 'string', pattern: '^\\d{9}$' });
    expect(property('CreateProgrammeDto', 'opensAt')).toMatchObject({
      anyOf: [{ format: 'date' }, { format: 'date-time' }],
    });
    expect(property('CreateProgrammeDto', 'maxShareOfCost')).toEqual({ type: 'number', minimum: 0, maximum: 1 });
    expect(property('DecideApplicationDto', 'decision')).toEqual({ type: 'string', enum: ['funded', 'declined'] });
    expect(property('FundingRequestDto', 'durationMonths')).toEqual({ type: 'integer', minimum: 1, maximum: 360 });
    expect(schemas['ProjectDto'].properties?.['impactAreas']).toMatchObject({ maxItems: 12, uniqueItems: true });
  });

  it('describes a merge patch: nothing required, optional fields nullable, unknown fields refused', () => {
    const patch = document.components.schemas['ApplicationDraftPatch'];
    const organisation = patch.properties?.['organisation'] as SchemaObject;

    expect(patch.required).toBeUndefined();
    expect(patch.additionalProperties).toBe(false);
    expect(patch.properties?.['project']).toMatchObject({
      type: 'object',
      nullable: true,
      additionalProperties: false,
    });
    expect(organisation).toMatchObject({ type: 'object', additionalProperties: false });
    expect(organisation.nullable).toBeUndefined();
    expect(organisation.properties?.['siren']).not.toHaveProperty('nullable');
    expect(organisation.properties?.['region']).toMatchObject({ nullable: true });
  });

  it('types the expected and actual values of every eligibility reason', () => {
    const schemas = document.components.schemas;
    const reason = (name: string) => schemas[name].properties as Record<string, SchemaObject>;

    expect(reason('LegalFormNotAcceptedReason')['expected']).toMatchObject({
      type: 'array',
      items: { type: 'string' },
    });
    expect(reason('LegalFormNotAcceptedReason')['actual']).toMatchObject({ type: 'string', nullable: true });
    expect(reason('AmountBelowMinimumReason')['actual']).toMatchObject({ type: 'integer' });
    expect(schemas['ScreeningView'].properties?.['reasons']).toMatchObject({
      items: { $ref: '#/components/schemas/EligibilityReason' },
    });
    expect(JSON.stringify(schemas)).not.toMatch(/"expected":\{"type":"object"\}/);
  });
});
