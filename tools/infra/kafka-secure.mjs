// The secure profile's broker: SASL_SSL with SCRAM-SHA-512 for clients, a CA of its own made once
// with openssl, the StandardAuthorizer denying what no ACL allows, a SCRAM user per service (named
// by kafkaUserOf, as its KafkaUser in a cluster: k8s/base/kafka/users.yaml) and `admin`, the super
// user. The users are written into the
// metadata log when the storage is formatted; the ACLs come from the message catalogue (aclsOf, in
// tools/catalogue), applied through the admin API by tools/catalogue/src/prepare-secure-kafka.ts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { log, runLong } from './processes.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { SERVICES, kafkaUserOf } = createRequire(import.meta.url)('../../libs/contracts/src/services.js');

export const SUPER_USER = 'admin';
const MECHANISM = 'scram-sha-512';

/** Where a secure profile keeps its users' passwords and its TLS files (all under .pollen/, git-ignored). */
export function securePaths(home) {
  const tls = path.join(home, 'tls');
  return {
    kafkaUsersFile: path.join(home, 'kafka-users.json'),
    tlsDir: tls,
    caFile: path.join(tls, 'ca.pem'),
    keystoreFile: path.join(tls, 'broker.p12'),
    keystorePasswordFile: path.join(tls, 'broker.p12.password'),
  };
}

const secret = () => randomBytes(18).toString('base64url');

/**
 * Each user's password, made once per profile. Returns { passwords, changed }: `changed` is true when
 * the users are not those of the file (a new service, a renamed one, a first start), which a formatted
 * storage does not know.
 */
export function ensureKafkaUsers(s) {
  const names = [SUPER_USER, ...SERVICES.map((service) => kafkaUserOf(service.name))];
  const known = fs.existsSync(s.kafkaUsersFile) ? JSON.parse(fs.readFileSync(s.kafkaUsersFile, 'utf8')).passwords : {};
  const missing = names.filter((name) => !known[name]);
  // Users no service has any more (a renamed one) are dropped with the storage's next format.
  const passwords = Object.fromEntries(names.map((name) => [name, known[name] ?? secret()]));
  const changed = missing.length > 0 || Object.keys(known).length !== names.length;
  if (changed) {
    fs.mkdirSync(path.dirname(s.kafkaUsersFile), { recursive: true });
    fs.writeFileSync(s.kafkaUsersFile, `${JSON.stringify({ mechanism: MECHANISM, passwords }, null, 2)}\n`, {
      mode: 0o600,
    });
  }
  return { passwords, changed };
}

/** `kafka-storage format` arguments that create every user (Kafka 4.1: --add-scram, once per user). */
export function scramFormatArgs(passwords) {
  // base64url passwords hold no character the `[name=…,password=…]` syntax would need escaped.
  return Object.entries(passwords).flatMap(([name, password]) => [
    '--add-scram',
    `SCRAM-SHA-512=[name=${name},password=${password}]`,
  ]);
}

/**
 * A CA and the broker's certificate for 127.0.0.1 (and localhost), made once per profile with
 * openssl; the broker reads them as a PKCS#12 key store and a PEM trust store.
 */
export async function ensureBrokerTls(s) {
  if (fs.existsSync(s.keystoreFile) && fs.existsSync(s.keystorePasswordFile)) return;
  log(`making a CA and the broker's certificate in ${s.tlsDir}`);
  fs.mkdirSync(s.tlsDir, { recursive: true, mode: 0o700 });
  const at = (name) => path.join(s.tlsDir, name);
  const password = secret();
  const openssl = (args) => runLong('openssl', 'openssl', args);
  await openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    at('ca.key'),
    '-out',
    s.caFile,
    '-days',
    '3650',
    '-subj',
    '/CN=Pollen local Kafka CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await openssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    at('broker.key'),
    '-out',
    at('broker.csr'),
    '-subj',
    '/CN=127.0.0.1',
  ]);
  fs.writeFileSync(
    at('broker.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n',
  );
  await openssl([
    'x509',
    '-req',
    '-in',
    at('broker.csr'),
    '-CA',
    s.caFile,
    '-CAkey',
    at('ca.key'),
    '-CAcreateserial',
    '-out',
    at('broker.pem'),
    '-days',
    '3650',
    '-extfile',
    at('broker.ext'),
  ]);
  await openssl([
    'pkcs12',
    '-export',
    '-in',
    at('broker.pem'),
    '-inkey',
    at('broker.key'),
    '-certfile',
    s.caFile,
    '-name',
    'broker',
    '-out',
    s.keystoreFile,
    '-passout',
    `pass:${password}`,
  ]);
  fs.writeFileSync(s.keystorePasswordFile, password, { mode: 0o600 });
}

/** The listener, TLS, SASL and authorizer lines of the secure profile's server.properties. */
export function secureListenerProperties(s, passwords) {
  const keystorePassword = fs.readFileSync(s.keystorePasswordFile, 'utf8');
  const jaas = `org.apache.kafka.common.security.scram.ScramLoginModule required username="${SUPER_USER}" password="${passwords[SUPER_USER]}";`;
  return [
    `listeners=SASL_SSL://127.0.0.1:${s.kafkaPort},CONTROLLER://127.0.0.1:${s.controllerPort}`,
    `advertised.listeners=SASL_SSL://127.0.0.1:${s.kafkaPort}`,
    'controller.listener.names=CONTROLLER',
    // The broker talks to itself as the super user, over the clients' listener.
    'inter.broker.listener.name=SASL_SSL',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL',
    'sasl.enabled.mechanisms=SCRAM-SHA-512',
    'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512',
    `listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=${jaas}`,
    'ssl.keystore.type=PKCS12',
    `ssl.keystore.location=${s.keystoreFile}`,
    `ssl.keystore.password=${keystorePassword}`,
    `ssl.key.password=${keystorePassword}`,
    'ssl.truststore.type=PEM',
    `ssl.truststore.location=${s.caFile}`,
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'allow.everyone.if.no.acl.found=false',
    // The controller listener stays plaintext on 127.0.0.1: its principal is ANONYMOUS, and the
    // broker's own registration and heartbeats reach the controller through it.
    `super.users=User:${SUPER_USER};User:ANONYMOUS`,
  ];
}

/** What a client needs to log in as `service` (its user: kafkaUserOf), or as admin when none, to the secure broker. */
export function secureKafkaEnv(s, service) {
  const user = service ? kafkaUserOf(service) : SUPER_USER;
  if (!fs.existsSync(s.kafkaUsersFile)) {
    throw new Error(`${s.kafkaUsersFile} does not exist yet: run \`infra up --profile ${s.profile}\` once`);
  }
  const { passwords } = JSON.parse(fs.readFileSync(s.kafkaUsersFile, 'utf8'));
  if (!passwords[user]) {
    // A broker started before the users changed keeps the old ones until it starts again.
    throw new Error(
      `no Kafka user "${user}" in ${s.kafkaUsersFile}: run \`infra down --profile ${s.profile}\`, then up`,
    );
  }
  return {
    KAFKA_SASL_MECHANISM: MECHANISM,
    KAFKA_SASL_USERNAME: user,
    KAFKA_SASL_PASSWORD: passwords[user],
    KAFKA_SSL: 'true',
    KAFKA_SSL_CA_FILE: s.caFile,
    // A service may create no topic there: it checks those prepareSecureKafka made, as in production.
    ...(user === SUPER_USER ? {} : { KAFKA_TOPICS_MODE: 'check', KAFKA_ENVIRONMENT: 'local' }),
  };
}

/** Waits for the broker as admin, creates the topics and applies the catalogue's ACLs. */
export async function prepareSecureKafka(s) {
  const started = Date.now();
  const script = path.join(repoRoot, 'tools', 'catalogue', 'src', 'prepare-secure-kafka.ts');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
    cwd: repoRoot,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: path.join(repoRoot, 'tsconfig.base.json'),
      KAFKA_BROKERS: s.kafkaBrokers,
      ...secureKafkaEnv(s),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`${path.relative(repoRoot, script)} failed (exit ${code})`);
  log(`secure Kafka prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
