import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { kafkaUserOf } from '@pollen/contracts';
import { KafkaSecurityEnv, loadConfig } from '@pollen/platform/config';
import { type KafkaSecurity, kafkaSecurityOf } from '@pollen/platform/kafka';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Where the real test infrastructure is (set by the Jest global setup, or by the caller). */
export interface TestInfrastructure {
  kafkaBrokers: string[];
  mongoUri: string;
  /** The SMTP server the services send to: the Mailpit of the tests' profile. */
  smtpUrl: string;
  /** Mailpit's HTTP API, for libs/testing's Mailbox: what that SMTP server received. */
  mailApiUrl: string;
  /** How the tests' own clients log in (KAFKA_SASL_*, KAFKA_SSL*: the secure profile's admin); none by default. */
  kafkaSecurity: KafkaSecurity;
}

export function testInfrastructure(): TestInfrastructure {
  const { KAFKA_BROKERS, MONGODB_URI, SMTP_URL, MAIL_API_URL } = process.env;
  if (!KAFKA_BROKERS || !MONGODB_URI || !SMTP_URL || !MAIL_API_URL) {
    const missing = Object.entries({ KAFKA_BROKERS, MONGODB_URI, SMTP_URL, MAIL_API_URL }).filter(
      ([, value]) => !value,
    );
    throw new Error(`${missing.map(([name]) => name).join(', ')} must be set (the Jest global setup does it)`);
  }
  return {
    kafkaBrokers: KAFKA_BROKERS.split(','),
    mongoUri: MONGODB_URI,
    smtpUrl: SMTP_URL,
    mailApiUrl: MAIL_API_URL,
    kafkaSecurity: kafkaSecurityOf(loadConfig(KafkaSecurityEnv, process.env)),
  };
}

/**
 * The variables that make `service` log in to Kafka as itself, when POLLEN_KAFKA_USERS_FILE names
 * the secure profile's users (tools/infra writes it: `infra env --profile secure`); none
 * otherwise. Such a broker lets a service create no topic, so it only checks them, as in production.
 */
export function kafkaUserEnv(service: string): Record<string, string> {
  const file = process.env['POLLEN_KAFKA_USERS_FILE'];
  if (!file) return {};
  const { mechanism, passwords } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    mechanism: string;
    passwords: Record<string, string>;
  };
  const user = kafkaUserOf(service);
  if (!passwords[user]) throw new Error(`${file} has no Kafka user ${user} (for ${service}): restart that profile`);
  return {
    KAFKA_SASL_MECHANISM: mechanism,
    KAFKA_SASL_USERNAME: user,
    KAFKA_SASL_PASSWORD: passwords[user],
    KAFKA_TOPICS_MODE: 'check',
    KAFKA_ENVIRONMENT: 'local',
  };
}

/** A name no other test run uses: databases, consumer groups, instance ids. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** What tools/infra stops and starts, for fault tests. */
export type InfrastructureComponent = 'kafka' | 'ferretdb' | 'mailpit';

/**
 * The tools/infra profile the tests use: the one POLLEN_INFRA_PROFILE names (each lane of
 * `npm test`, `npm run test:secure`), else `test`.
 */
export const infraProfile = (): string => process.env['POLLEN_INFRA_PROFILE'] ?? 'test';

/** The arguments of `node` that run tools/infra's `args` on `profile`. */
export function infraCommand(args: string[], profile = infraProfile()): string[] {
  return [path.join(repoRoot, 'tools', 'infra', 'infra.mjs'), ...args, '--profile', profile];
}

/**
 * The variables that point a client at `profile` (`infra env`): on the secure profile, those that
 * log in as `service`, or as its admin when none.
 */
export function infraProfileEnv(profile = infraProfile(), service?: string): Record<string, string> {
  const args = ['env', ...(service ? ['--service', service] : [])];
  const lines = execFileSync(process.execPath, infraCommand(args, profile), { encoding: 'utf8' }).split('\n');
  return Object.fromEntries(
    lines
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * Stops or starts one component of the local test infrastructure (the profile infraCommand
 * names), for fault tests; Mailpit keeps the mails it received across a stop. Only for the
 * infrastructure the project runs itself (it refuses with POLLEN_EXTERNAL_INFRA=true).
 */
export function infrastructure(action: 'stop' | 'start', component: InfrastructureComponent): void {
  if (process.env['POLLEN_EXTERNAL_INFRA'] === 'true')
    throw new Error('fault tests need the project-run infrastructure');
  execFileSync(process.execPath, infraCommand([action, component]), { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * The gateway's rate limits raised for tests: one address (127.0.0.1) plays every user there, and
 * registers far more than 5 accounts an hour. The limits themselves are tested at their defaults.
 */
export const TEST_RATE_LIMITS = { RATE_LIMIT_MULTIPLIER: '1000' } as const;
