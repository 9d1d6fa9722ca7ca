import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { KafkaSecurityEnv, loadConfig } from '@pollen/platform/config';
import { kafkaSecurityConfig, kafkaSecurityOf } from '@pollen/platform/kafka';
import { infraCommand, infraProfileEnv, uniqueName } from '@pollen/testing';
import { Kafka, type KafkaConfig, logLevel } from 'kafkajs';

const run = promisify(execFile);
const secure = (...args: string[]) => run(process.execPath, infraCommand(args, 'secure'));

/**
 * The secure profile's broker (tools/infra: SCRAM over TLS, the catalogue's ACLs), started for a
 * test, or found running (`npm run test:secure` started it): then `stop` leaves it running.
 */
export class SecureKafka {
  private constructor(private readonly startedHere: boolean) {}

  static async start(): Promise<SecureKafka> {
    const { stdout } = await secure('status');
    const running = (JSON.parse(stdout) as { kafka: { pid: number | null } }).kafka.pid !== null;
    if (!running) await secure('start', 'kafka');
    return new SecureKafka(!running);
  }

  async stop(): Promise<void> {
    if (this.startedHere) await secure('stop', 'kafka');
  }

  /** What `user` (a service, or admin when none) is given to log in: its KAFKA_* variables only. */
  async env(user?: string): Promise<Record<string, string>> {
    return Object.fromEntries(
      Object.entries(infraProfileEnv('secure', user)).filter(([name]) => name.startsWith('KAFKA_')),
    );
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
