import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { KafkaSecurityEnv, loadConfig } from '@pollen/platform/config';
import { kafkaSecurityConfig, kafkaSecurityOf } from '@pollen/platform/kafka';
import { uniqueName } from '@pollen/testing';
import { Kafka, type KafkaConfig, logLevel } from 'kafkajs';

const infra = path.resolve(__dirname, '..', '..', '..', 'tools', 'infra', 'infra.mjs');
const run = promisify(execFile);

const infraCommand = (...args: string[]) => run(process.execPath, [infra, ...args, '--profile', 'secure']);

/**
 * The secure profile's broker (tools/infra: SCRAM over TLS, the catalogue's ACLs), started for a
 * test, or found running (`npm run test:secure` started it): then `stop` leaves it running.
 */
export class SecureKafka {
  private constructor(private readonly startedHere: boolean) {}

  static async start(): Promise<SecureKafka> {
    const { stdout } = await infraCommand('status');
    const running = (JSON.parse(stdout) as { kafka: { pid: number | null } }).kafka.pid !== null;
    if (!running) await infraCommand('start', 'kafka');
    return new SecureKafka(!running);
  }

  async stop(): Promise<void> {
    if (this.startedHere) await infraCommand('stop', 'kafka');
  }

  /** What `user` (a service, or admin when none) is given to log in: its KAFKA_* variables only. */
  async env(user?: string): Promise<Record<string, string>> {
    const { stdout } = await infraCommand('env', ...(user ? ['--service', user] : []));
    const variables = stdout
      .split('\n')
      .filter((line) => line.startsWith('KAFKA_'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
    return Object.fromEntries(variables);
  }

  /** A kafkajs client from such variables, configured as every client of the repository is, giving up at once. */
  client(env: Record<string, string>, changes: Partial<KafkaConfig> = {}): Kafka {
    return new Kafka({
      clientId: uniqueName('secure-probe'),
      brokers: env['KAFKA_BROKERS'].split(','),
      ...kafkaSecurityConfig(kafkaSecurityOf(loadConfig(KafkaSecurityEnv, env))),
      logLevel: logLevel.NOTHING,
      connectionTimeout: 3000,
      requestTimeout: 5000,
      retry: { retries: 0 },
      ...changes,
    });
  }
}
