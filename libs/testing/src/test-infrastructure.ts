import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Where the real test Kafka and database are (set by the Jest global setup, or by the caller). */
export function testInfrastructure(): { kafkaBrokers: string[]; mongoUri: string } {
  const brokers = process.env['KAFKA_BROKERS'];
  const mongoUri = process.env['MONGODB_URI'];
  if (!brokers || !mongoUri)
    throw new Error('KAFKA_BROKERS and MONGODB_URI must be set (the Jest global setup does it)');
  return { kafkaBrokers: brokers.split(','), mongoUri };
}

/** A name no other test run uses: databases, consumer groups, instance ids. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/**
 * Stops or starts one component of the local test infrastructure, for fault tests. Only for the
 * infrastructure the project runs itself (it refuses when KAFKA_BROKERS points elsewhere).
 */
export function infrastructure(action: 'stop' | 'start', component: 'kafka' | 'ferretdb'): void {
  if (process.env['POLLEN_EXTERNAL_INFRA'] === 'true')
    throw new Error('fault tests need the project-run infrastructure');
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'tools', 'infra', 'infra.mjs'), action, component, '--profile', 'test'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/**
 * The gateway's rate limits raised for tests: one address (127.0.0.1) plays every user there, and
 * registers far more than 5 accounts an hour. The limits themselves are tested at their defaults.
 */
export const TEST_RATE_LIMITS = { RATE_LIMIT_MULTIPLIER: '1000' } as const;
