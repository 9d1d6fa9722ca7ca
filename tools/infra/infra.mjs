#!/usr/bin/env node
// Real local infrastructure for Pollen, provisioned by the project itself (no Docker here):
//   - Apache Kafka 4.x, single node in KRaft mode, run from the Maven Central jars with the JDK;
//   - FerretDB v1.24.2 (MongoDB wire protocol), built from the Go module proxy (`go mod download` +
//     `go build`; see provisionFerretDb for why not plain `go install`) with our patches, on SQLite,
//     or on PostgreSQL with POLLEN_FERRETDB_BACKEND=postgresql (Debian's server, a cluster per
//     profile: postgres.mjs); POLLEN_FERRETDB_DEBUG_ADDR (host:port) serves its metrics and pprof;
//   - Mailpit v1.33.1, an SMTP server that keeps every mail and shows them through an HTTP API,
//     built with `go install` from the Go module proxy (mailpit.mjs).
// Downloads and builds go once into a cache outside the repository (POLLEN_CACHE_DIR, default
// ~/.cache/pollen), so a clean clone on the same machine starts warm. Data (Mailpit's mails too),
// logs and pid files live under <repo>/.pollen/<profile>/ (git-ignored). Profiles keep
// development and tests apart:
//   dev:    Kafka 127.0.0.1:9092,  FerretDB 127.0.0.1:27017, SMTP 127.0.0.1:1025,  mail API :8025
//   test:   Kafka 127.0.0.1:19092, FerretDB 127.0.0.1:27117, SMTP 127.0.0.1:11025, mail API :18025
//   e2e:    Kafka 127.0.0.1:15092, FerretDB 127.0.0.1:27317, SMTP 127.0.0.1:15025, mail API :15825
//   secure: Kafka 127.0.0.1:29092, FerretDB 127.0.0.1:27217, SMTP 127.0.0.1:21025, mail API :28025
// dev and test brokers are plaintext and open to any client, as tests want. The secure one is
// production's Strimzi cluster in small (kafka-secure.mjs): SCRAM-SHA-512 over TLS, a user per
// service and the catalogue's ACLs, nothing else allowed; `env --profile secure [--service <name>]`
// prints how to log in (admin, or that service).
// Ports are overridable with POLLEN_KAFKA_PORT / POLLEN_MONGO_PORT / POLLEN_SMTP_PORT /
// POLLEN_MAIL_API_PORT / POLLEN_POSTGRES_PORT (the controller takes the Kafka port + 1); PostgreSQL
// listens on 15432 (dev), 15532 (test), 15632 (e2e), 15732 (secure) when it is FerretDB's backend.
// Usage: node tools/infra/infra.mjs <up|down|status|env|logs> [--profile <profile>] [--fresh]
//        node tools/infra/infra.mjs env --profile secure --service <service>
//        node tools/infra/infra.mjs <stop|start> <kafka|ferretdb|mailpit|postgres> [--profile <profile>]   (faults)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  ensureBrokerTls,
  ensureKafkaUsers,
  prepareSecureKafka,
  scramFormatArgs,
  secureKafkaEnv,
  secureListenerProperties,
  securePaths,
} from './kafka-secure.mjs';
import { MAILPIT_VERSION, mailpitArgs, mailpitPaths, provisionMailpit, startMailpit, stopMailpit } from './mailpit.mjs';
import { postgresPaths, provisionPostgres, startPostgres, stopPostgres } from './postgres.mjs';
import { exited, log, portOpen, readPid, runLong, startDetached, stopProcess, waitFor } from './processes.mjs';

export { MAILPIT_VERSION, mailpitArgs, provisionMailpit, startMailpit, stopMailpit };
export { startPostgres, stopPostgres };

export const KAFKA_VERSION = '4.1.1';
export const FERRETDB_VERSION = 'v1.24.2';
/** Our build of it: the version and the patches below (a new patch, a new number: a new cache). */
const FERRETDB_BUILD = `${FERRETDB_VERSION}-pollen.3`;

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const requireFromRepo = createRequire(path.join(repoRoot, 'package.json'));

const PROFILE_PORTS = {
  dev: { kafka: 9092, mongo: 27017, smtp: 1025, mailApi: 8025, postgres: 15432 },
  test: { kafka: 19092, mongo: 27117, smtp: 11025, mailApi: 18025, postgres: 15532 },
  // npm test's second lane: the end-to-end projects, beside the others on the test profile. Like
  // every profile's, its ports are below Linux's ephemeral range (32768+), which a fault test's
  // stopped server could find taken when it starts again.
  e2e: { kafka: 15092, mongo: 27317, smtp: 15025, mailApi: 15825, postgres: 15632 },
  // Kafka with SCRAM over TLS and the catalogue's ACLs (kafka-secure.mjs): `npm run test:secure`.
  secure: { kafka: 29092, mongo: 27217, smtp: 21025, mailApi: 28025, postgres: 15732 },
};

/** What FerretDB stores its data in (POLLEN_FERRETDB_BACKEND). */
const FERRETDB_BACKENDS = ['sqlite', 'postgresql'];

export function settings(profile = 'dev', env = process.env) {
  if (!PROFILE_PORTS[profile]) {
    throw new Error(`unknown profile "${profile}" (${Object.keys(PROFILE_PORTS).join(', ')})`);
  }
  const kafkaPort = Number(env.POLLEN_KAFKA_PORT ?? PROFILE_PORTS[profile].kafka);
  const mongoPort = Number(env.POLLEN_MONGO_PORT ?? PROFILE_PORTS[profile].mongo);
  const smtpPort = Number(env.POLLEN_SMTP_PORT ?? PROFILE_PORTS[profile].smtp);
  const mailApiPort = Number(env.POLLEN_MAIL_API_PORT ?? PROFILE_PORTS[profile].mailApi);
  const postgresPort = Number(env.POLLEN_POSTGRES_PORT ?? PROFILE_PORTS[profile].postgres);
  const ferretBackend = env.POLLEN_FERRETDB_BACKEND || 'sqlite';
  if (!FERRETDB_BACKENDS.includes(ferretBackend)) {
    throw new Error(`POLLEN_FERRETDB_BACKEND is "${ferretBackend}": use ${FERRETDB_BACKENDS.join(' or ')}`);
  }
  const cacheDir = env.POLLEN_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'pollen');
  const home = path.join(env.POLLEN_INFRA_DIR ?? path.join(repoRoot, '.pollen'), profile);
  return {
    profile,
    kafkaPort,
    controllerPort: kafkaPort + 1,
    mongoPort,
    smtpPort,
    mailApiPort,
    postgresPort,
    ferretBackend,
    cacheDir,
    home,
    secure: profile === 'secure',
    ...securePaths(home),
    logsDir: path.join(home, 'logs'),
    kafkaLibs: path.join(cacheDir, `kafka_2.13-${KAFKA_VERSION}`, 'libs'),
    ferretBin: path.join(cacheDir, `ferretdb-${FERRETDB_BUILD}`, 'bin', 'ferretdb'),
    ...mailpitPaths(cacheDir, home),
    ...postgresPaths(home, postgresPort),
    kafkaBrokers: `127.0.0.1:${kafkaPort}`,
    mongoUri: `mongodb://127.0.0.1:${mongoPort}/?directConnection=true`,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    mailApiUrl: `http://127.0.0.1:${mailApiPort}`,
  };
}

// ---------------------------------------------------------------- provisioning (cached)

export async function provisionKafka(s) {
  if (fs.existsSync(path.join(s.kafkaLibs, `kafka_2.13-${KAFKA_VERSION}.jar`))) return;
  log(`downloading Kafka ${KAFKA_VERSION} jars from Maven Central into ${s.kafkaLibs}`);
  const staging = `${s.kafkaLibs}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  await runLong('downloading Kafka', 'mvn', [
    '-q',
    '-B',
    '-f',
    path.join(here, 'kafka', 'pom.xml'),
    `-Dkafka.version=${KAFKA_VERSION}`,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${staging}`,
  ]);
  fs.mkdirSync(path.dirname(s.kafkaLibs), { recursive: true });
  fs.rmSync(s.kafkaLibs, { recursive: true, force: true });
  fs.renameSync(staging, s.kafkaLibs); // atomic: a half-downloaded cache is never used
}

// FerretDB 1.24 drops a database by removing its SQLite file only: its `-wal` and `-shm` stay. A
// service that writes again after its test dropped its database (a relay's poll) re-creates the
// file beside the old write-ahead log, which SQLite then replays into it: the shared-memory index no
// longer matches, and FerretDB died of SIGBUS in `_walFindFrame`, leaving a database it refuses to
// open at the next start (docs/adr/0001-test-infrastructure.md). Our build removes them too.
function patchDropRemovesJournals(source) {
  const file = path.join(source, 'internal', 'backends', 'sqlite', 'metadata', 'pool', 'pool.go');
  const anchor = '\tif f := p.databaseFile(name); f != "" {\n';
  const code = fs.readFileSync(file, 'utf8');
  if (!code.includes(anchor)) throw new Error(`cannot patch ${file}: the code of Drop changed`);
  const removeJournals =
    '\t\tfor _, suffix := range []string{"-wal", "-shm", "-journal"} {\n\t\t\t_ = os.Remove(f + suffix)\n\t\t}\n';
  fs.writeFileSync(file, code.replace(anchor, anchor + removeJournals));
}

// FerretDB 1.24's SQLite backend finds a document by _id with a path (->'$._id') its own _id index
// (->"_id") does not serve, so every update, delete and find by _id read the whole table; and it
// hands SQLite no other filter, so every other query decoded the whole collection in Go: each path
// slowed as its collections grew (docs/performance.md). Our build names _id as its index does, and
// evaluates top-level equalities in SQLite first (tools/infra/ferretdb/pollen_pushdown.go says
// which, and why the results are unchanged).
function patchSqliteQueries(source) {
  const backend = path.join(source, 'internal', 'backends', 'sqlite');
  const file = path.join(backend, 'collection.go');
  const upstream = [
    '\tif params.Filter.Len() == 1 {',
    '\t\tv, _ := params.Filter.Get("_id")',
    '\t\tswitch v.(type) {',
    '\t\tcase string, types.ObjectID:',
    '\t\t\twhereClause = fmt.Sprintf(` WHERE %s = ?`, metadata.IDColumn)',
    '\t\t\targs = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}',
    '\t\t}',
    '\t}',
    '',
    '\tq += whereClause',
    '\tq += prepareOrderByClause(params.Sort)',
  ].join('\n');
  const code = fs.readFileSync(file, 'utf8');
  if (!code.includes(upstream)) throw new Error(`cannot patch ${file}: the code of Query changed`);
  const patched = [
    '\twhereClause, args = pollenWhereClause(params.Filter)',
    '',
    '\tq += whereClause',
    '\tq += prepareOrderByClause(params.Sort)',
  ].join('\n');
  fs.writeFileSync(file, code.replace(upstream, patched));
  const metadata = path.join(backend, 'metadata', 'metadata.go');
  const idColumn = `\tIDColumn = DefaultColumn + "->'$._id'"\n`;
  const ids = fs.readFileSync(metadata, 'utf8');
  if (!ids.includes(idColumn)) throw new Error(`cannot patch ${metadata}: IDColumn changed`);
  fs.writeFileSync(metadata, ids.replace(idColumn, `\tIDColumn = DefaultColumn + "->'_id'"\n`));
  fs.copyFileSync(path.join(here, 'ferretdb', 'pollen_pushdown.go'), path.join(backend, 'pollen_pushdown.go'));
}

// `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds a binary that panics at start:
// the module zip lacks build/version/version.txt, which FerretDB's release tooling writes (see
// docs/adr/0001-test-infrastructure.md). So we fetch the same module through the Go proxy
// (`go mod download`), write that file as their Taskfile does, and `go build` the same command.
export async function provisionFerretDb(s) {
  if (fs.existsSync(s.ferretBin)) return;
  log(`building FerretDB ${FERRETDB_VERSION} from the Go module proxy into ${path.dirname(s.ferretBin)}`);
  const goEnv = { ...process.env, GOTOOLCHAIN: 'local', CGO_ENABLED: '0', GOFLAGS: '-mod=mod' };
  const module = JSON.parse(
    await runLong(
      'downloading FerretDB',
      'go',
      ['mod', 'download', '-json', `github.com/FerretDB/FerretDB@${FERRETDB_VERSION}`],
      {
        env: goEnv,
      },
    ),
  );
  const staging = path.join(s.cacheDir, `ferretdb-${FERRETDB_BUILD}.tmp-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const source = path.join(staging, 'src');
  fs.cpSync(module.Dir, source, { recursive: true });
  execFileSync('chmod', ['-R', 'u+w', source]);
  fs.writeFileSync(path.join(source, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  fs.writeFileSync(path.join(source, 'build', 'version', 'package.txt'), 'pollen-local\n');
  patchDropRemovesJournals(source);
  patchSqliteQueries(source);
  await runLong(
    'building FerretDB',
    'go',
    ['build', '-v', '-trimpath', '-buildvcs=false', '-o', path.join(staging, 'bin', 'ferretdb'), './cmd/ferretdb'],
    { cwd: source, env: goEnv, countsPackages: true },
  );
  fs.rmSync(source, { recursive: true, force: true });
  const target = path.dirname(path.dirname(s.ferretBin));
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(staging, target); // atomic: a half-built cache is never used
}

// ---------------------------------------------------------------- Kafka

function kafkaServerProperties(s, passwords) {
  const plaintext = [
    `listeners=PLAINTEXT://127.0.0.1:${s.kafkaPort},CONTROLLER://127.0.0.1:${s.controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${s.kafkaPort}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
  ];
  return [
    'process.roles=broker,controller',
    'node.id=1',
    // Static quorum: no --standalone needed when formatting.
    `controller.quorum.voters=1@127.0.0.1:${s.controllerPort}`,
    ...(s.secure ? secureListenerProperties(s, passwords) : plaintext),
    `log.dirs=${path.join(s.home, 'kafka-data')}`,
    'num.partitions=1',
    // Single node: every internal topic has one replica.
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // Fast, stable local groups: no 3 s wait for a new group, one offsets partition.
    'group.initial.rebalance.delay.ms=0',
    'offsets.topic.num.partitions=1',
    'transaction.state.log.num.partitions=1',
    'group.min.session.timeout.ms=1000',
    // As in production: topics are declared in code and created by the project, never on first use.
    'auto.create.topics.enable=false',
    // Tests force compaction to prove an erasure's tombstones remove the person (CompactionForcer):
    // the cleaner looks for work every second rather than every 15.
    ...(s.profile !== 'dev' ? ['log.cleaner.backoff.ms=1000'] : []),
    '',
  ].join('\n');
}

export async function startKafka(s) {
  if (readPid(s, 'kafka')) return;
  if (await portOpen(s.kafkaPort)) {
    throw new Error(`port ${s.kafkaPort} is taken by another process: set POLLEN_KAFKA_PORT or KAFKA_BROKERS`);
  }
  await provisionKafka(s);
  fs.mkdirSync(s.logsDir, { recursive: true });
  const dataDir = path.join(s.home, 'kafka-data');
  let passwords;
  if (s.secure) {
    await ensureBrokerTls(s);
    const users = ensureKafkaUsers(s);
    passwords = users.passwords;
    // Users are written at format time only: other users (a new service) need a new storage.
    if (users.changed && fs.existsSync(dataDir)) {
      log(`other Kafka users in ${s.kafkaUsersFile}: formatting the secure profile's Kafka storage again`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const props = path.join(s.home, 'server.properties');
  fs.writeFileSync(props, kafkaServerProperties(s, passwords), { mode: 0o600 });
  const classpath = path.join(s.kafkaLibs, '*');
  const logProps = [
    `-Dlog4j2.configurationFile=${path.join(here, 'kafka', 'log4j2.properties')}`,
    `-Dkafka.logs.dir=${s.logsDir}`,
  ];
  if (!fs.existsSync(path.join(dataDir, 'meta.properties'))) {
    const clusterId = randomBytes(16).toString('base64url');
    execFileSync(
      'java',
      [
        ...logProps,
        '-cp',
        classpath,
        'kafka.tools.StorageTool',
        'format',
        // Joined to its option: one id in 64 starts with "-", which the tool would read as an option.
        `--cluster-id=${clusterId}`,
        '-c',
        props,
        '--ignore-formatted',
        ...(passwords ? scramFormatArgs(passwords) : []),
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  startDetached(s, 'kafka', 'java', [
    '-Xms256m',
    '-Xmx768m',
    '-XX:+UseG1GC',
    '-XX:TieredStopAtLevel=1',
    '-Djava.awt.headless=true',
    ...logProps,
    '-cp',
    classpath,
    'kafka.Kafka',
    props,
  ]);
  await waitForKafka(s);
}

async function waitForKafka(s) {
  if (s.secure) {
    await waitFor(
      'Kafka',
      async () => {
        if (!readPid(s, 'kafka')) throw exited('Kafka', path.join(s.logsDir, 'kafka.log'));
        return portOpen(s.kafkaPort);
      },
      90_000,
    );
    return prepareSecureKafka(s);
  }
  let kafkajs;
  try {
    kafkajs = requireFromRepo('kafkajs');
  } catch {
    kafkajs = undefined; // before `npm install`: fall back to the port only
  }
  if (!kafkajs) return waitFor('Kafka', () => portOpen(s.kafkaPort), 90_000);
  const kafka = new kafkajs.Kafka({
    clientId: 'pollen-infra',
    brokers: [s.kafkaBrokers],
    logLevel: kafkajs.logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: 1000,
  });
  await waitFor(
    'Kafka',
    async () => {
      if (!readPid(s, 'kafka')) throw exited('Kafka', path.join(s.logsDir, 'kafka.log'));
      const admin = kafka.admin();
      try {
        await admin.connect();
        await admin.describeCluster();
        // Creates __consumer_offsets now, so the first consumer group of a test does not wait for it.
        await admin.describeGroups(['pollen-infra-warmup']);
        return true;
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    },
    90_000,
  );
}

export async function stopKafka(s) {
  return stopProcess(s, 'kafka');
}

// ---------------------------------------------------------------- FerretDB

/** The backend of the profile's running FerretDB, written when it starts. */
const runningBackendFile = (s) => path.join(s.home, 'ferretdb.backend');
function runningBackend(s) {
  if (!readPid(s, 'ferretdb')) return undefined;
  try {
    return fs.readFileSync(runningBackendFile(s), 'utf8').trim();
  } catch {
    return 'sqlite'; // started before backends could be chosen
  }
}

export async function startFerretDb(s) {
  if (readPid(s, 'ferretdb')) {
    const running = runningBackend(s);
    if (running && running !== s.ferretBackend) {
      throw new Error(
        `FerretDB (${s.profile}) already runs on ${running}, not ${s.ferretBackend}: \`infra down --profile ${s.profile}\` first`,
      );
    }
    return;
  }
  if (await portOpen(s.mongoPort)) {
    throw new Error(`port ${s.mongoPort} is taken by another process: set POLLEN_MONGO_PORT or MONGODB_URI`);
  }
  await provisionFerretDb(s);
  const stateDir = path.join(s.home, 'ferretdb-state');
  fs.mkdirSync(stateDir, { recursive: true });
  let storage;
  if (s.ferretBackend === 'postgresql') {
    await startPostgres(s);
    storage = ['--handler=postgresql', `--postgresql-url=${s.postgresUrl}`];
  } else {
    const dataDir = path.join(s.home, 'ferretdb-data');
    fs.mkdirSync(dataDir, { recursive: true });
    storage = ['--handler=sqlite', `--sqlite-url=file:${dataDir}/`];
  }
  fs.writeFileSync(runningBackendFile(s), s.ferretBackend);
  // Supervised: restarted if it crashes once up (docs/adr/0001-test-infrastructure.md).
  startDetached(s, 'ferretdb', process.execPath, [
    path.join(here, 'supervise.mjs'),
    s.ferretBin,
    ...storage,
    `--listen-addr=127.0.0.1:${s.mongoPort}`,
    `--state-dir=${stateDir}`,
    '--telemetry=disable',
    // Its Prometheus metrics and Go profiles (/debug/pprof), to see where its time goes: docs/performance.md.
    `--debug-addr=${process.env.POLLEN_FERRETDB_DEBUG_ADDR || '-'}`,
    '--log-level=warn',
  ]);
  await waitForFerretDb(s);
}

async function waitForFerretDb(s) {
  let mongodb;
  try {
    mongodb = requireFromRepo('mongodb');
  } catch {
    mongodb = undefined;
  }
  await waitFor(
    'FerretDB',
    async () => {
      if (!readPid(s, 'ferretdb')) throw exited('FerretDB', path.join(s.logsDir, 'ferretdb.out.log'));
      if (!mongodb) return portOpen(s.mongoPort);
      const client = new mongodb.MongoClient(s.mongoUri, { serverSelectionTimeoutMS: 1000 });
      try {
        await client.db('admin').command({ ping: 1 });
        return true;
      } finally {
        await client.close().catch(() => undefined);
      }
    },
    60_000,
  );
}

export async function stopFerretDb(s) {
  return stopProcess(s, 'ferretdb');
}

// ---------------------------------------------------------------- whole profile

export async function up(profile = 'dev', { fresh = false } = {}) {
  const s = settings(profile);
  if (fresh) {
    await down(profile);
    fs.rmSync(s.home, { recursive: true, force: true });
  }
  fs.mkdirSync(s.home, { recursive: true });
  // Provision first, one at a time: each download or build runs alone, then everything starts at once.
  await provisionKafka(s);
  await provisionFerretDb(s);
  await provisionMailpit(s);
  if (s.ferretBackend === 'postgresql') await provisionPostgres();
  await Promise.all([startKafka(s), startFerretDb(s), startMailpit(s)]);
  return s;
}

export async function down(profile = 'dev') {
  const s = settings(profile);
  await Promise.all([stopKafka(s), stopFerretDb(s).then(() => stopPostgres(s)), stopMailpit(s)]);
  return s;
}

export async function status(profile = 'dev') {
  const s = settings(profile);
  return {
    kafka: { pid: readPid(s, 'kafka') ?? null, brokers: s.kafkaBrokers, listening: await portOpen(s.kafkaPort) },
    ferretdb: {
      pid: readPid(s, 'ferretdb') ?? null,
      uri: s.mongoUri,
      backend: runningBackend(s) ?? null,
      listening: await portOpen(s.mongoPort),
    },
    postgres: { pid: readPid(s, 'postgres') ?? null, port: s.postgresPort, listening: await portOpen(s.postgresPort) },
    mailpit: {
      pid: readPid(s, 'mailpit') ?? null,
      smtp: s.smtpUrl,
      api: `${s.mailApiUrl}/api/v1/messages`,
      listening: (await portOpen(s.smtpPort)) && (await portOpen(s.mailApiPort)),
    },
    logs: s.logsDir,
  };
}

// ---------------------------------------------------------------- infrastructure given by the caller

/**
 * The infrastructure the caller runs instead of this file: undefined unless KAFKA_BROKERS and
 * MONGODB_URI are both set. Then SMTP_URL and MAIL_API_URL are required too, since nothing here
 * starts a mail server for that caller, and tests read what it received through Mailpit's API.
 */
export function externalInfrastructure(env = process.env) {
  if (!env.KAFKA_BROKERS || !env.MONGODB_URI) return undefined;
  const missing = ['SMTP_URL', 'MAIL_API_URL'].filter((name) => !env[name]);
  if (missing.length) {
    throw new Error(
      `KAFKA_BROKERS and MONGODB_URI are set, so the infrastructure is external: set ${missing.join(' and ')} ` +
        'too (an SMTP server, and the Mailpit HTTP API that shows what it received), or unset ' +
        'KAFKA_BROKERS and MONGODB_URI to let tools/infra run everything',
    );
  }
  return {
    kafkaBrokers: env.KAFKA_BROKERS,
    mongoUri: env.MONGODB_URI,
    smtpUrl: env.SMTP_URL,
    mailApiUrl: env.MAIL_API_URL,
  };
}

/** The variables that point tests at `endpoints` (settings() or externalInfrastructure()). */
export function infraEnv(endpoints) {
  return {
    KAFKA_BROKERS: endpoints.kafkaBrokers,
    MONGODB_URI: endpoints.mongoUri,
    SMTP_URL: endpoints.smtpUrl,
    MAIL_API_URL: endpoints.mailApiUrl,
  };
}

/**
 * infraEnv, and on the secure profile how to log in: as `service` (what that service
 * needs), or as admin with the file of every user's password, from which libs/testing's
 * ServiceProcess starts each service as its own user.
 */
export function profileEnv(s, service) {
  if (!s.secure) return infraEnv(s);
  return {
    ...infraEnv(s),
    ...secureKafkaEnv(s, service),
    ...(service ? {} : { POLLEN_KAFKA_USERS_FILE: s.kafkaUsersFile, POLLEN_INFRA_PROFILE: s.profile }),
  };
}

// ---------------------------------------------------------------- CLI

const COMPONENTS = {
  kafka: { start: startKafka, stop: stopKafka },
  ferretdb: { start: startFerretDb, stop: stopFerretDb },
  mailpit: { start: startMailpit, stop: stopMailpit },
  postgres: { start: startPostgres, stop: stopPostgres },
};

async function main(argv) {
  const [command = 'status', ...rest] = argv;
  const profileAt = rest.indexOf('--profile');
  const profile = profileAt >= 0 ? rest[profileAt + 1] : 'dev';
  const s = settings(profile);
  const named = rest.find((arg) => Object.hasOwn(COMPONENTS, arg));
  switch (command) {
    case 'up': {
      await up(profile, { fresh: rest.includes('--fresh') });
      log(
        `up (${profile}): KAFKA_BROKERS=${s.kafkaBrokers} MONGODB_URI=${s.mongoUri} SMTP_URL=${s.smtpUrl} ` +
          `MAIL_API_URL=${s.mailApiUrl}; logs in ${s.logsDir}`,
      );
      return;
    }
    case 'down':
      await down(profile);
      log(`down (${profile})`);
      return;
    case 'status':
      process.stdout.write(`${JSON.stringify(await status(profile), null, 2)}\n`);
      return;
    case 'stop':
    case 'start': {
      // Fault-injection for tests: stop or start one component of a profile.
      if (!named) throw new Error(`usage: ${command} ${Object.keys(COMPONENTS).join('|')} [--profile <profile>]`);
      await COMPONENTS[named][command](s);
      log(`${command} ${named} (${profile})`);
      return;
    }
    case 'env': {
      const serviceAt = rest.indexOf('--service');
      const env = profileEnv(s, serviceAt >= 0 ? rest[serviceAt + 1] : undefined);
      for (const [name, value] of Object.entries(env)) process.stdout.write(`${name}=${value}\n`);
      return;
    }
    case 'logs':
      for (const file of fs.existsSync(s.logsDir) ? fs.readdirSync(s.logsDir) : []) {
        process.stdout.write(`${path.join(s.logsDir, file)}\n`);
      }
      return;
    default:
      throw new Error(`unknown command "${command}": use up, down, status, env, logs, stop or start`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    log(error.message);
    process.exit(1);
  });
}
