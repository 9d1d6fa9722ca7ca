import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { ReadinessRegistry } from '@pollen/platform/health';
import mongoose, { type Connection, type ConnectOptions } from 'mongoose';

import { DatabaseWatch } from './database-watch';
import { KeyedMutex } from './keyed-mutex';
import { OutboxRelay } from './outbox-relay';
import { within } from './within';

/** The longest an operation waits for an unreachable database before it fails (as an outage). */
export const DATABASE_WAIT_MS = 2000;

/** The driver gives up connecting (and a server check's handshake) after this long. */
const CONNECT_TIMEOUT_MS = 5000;

/** A server check connects, then shakes hands: past both timeouts (and a margin) it cannot end. */
const LONGEST_CHECK_MS = 2 * CONNECT_TIMEOUT_MS + 2000;

// mongoose queues operations while disconnected, for 10 s by default: no longer than the above.
mongoose.set('bufferTimeoutMS', DATABASE_WAIT_MS);

export interface MongoModuleOptions {
  uri: string;
  database: string;
}

const MONGO_MODULE_OPTIONS = Symbol('MONGO_MODULE_OPTIONS');

function connectOptions(options: MongoModuleOptions): ConnectOptions {
  return {
    dbName: options.database,
    // Well inside a request's deadline: while the database is down, a caller gets its 503 on time
    // (and readiness reports the outage quickly).
    serverSelectionTimeoutMS: DATABASE_WAIT_MS,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    autoIndex: true,
    // FerretDB has no retryable writes; MongoDB does not need them for single-document writes.
    retryWrites: false,
  };
}

/**
 * The service's own database: connection defaults (short server selection, so readiness reports
 * an outage quickly), a readiness check, a watch on the driver's monitor, the outbox relay and the
 * per-aggregate writer lock.
 */
@Global()
@Module({})
export class MongoModule implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('MongoDB');
  private readonly watch = new DatabaseWatch();
  private watchdog?: NodeJS.Timeout;
  private reopening = false;

  constructor(
    @Inject(getConnectionToken()) private readonly connection: Connection,
    @Inject(MONGO_MODULE_OPTIONS) private readonly options: MongoModuleOptions,
    private readonly readiness: ReadinessRegistry,
  ) {}

  static forRoot(options: MongoModuleOptions): DynamicModule {
    return {
      module: MongoModule,
      imports: [MongooseModule.forRoot(options.uri, connectOptions(options))],
      providers: [KeyedMutex, OutboxRelay, { provide: MONGO_MODULE_OPTIONS, useValue: options }],
      exports: [MongooseModule, KeyedMutex, OutboxRelay],
    };
  }

  onModuleInit(): void {
    this.watch.follow(this.connection.getClient());
    this.readiness.register('mongodb', async () => {
      const problem = this.watch.problem();
      if (problem) throw new Error(problem);
      const db = this.connection.db;
      if (!db) return false;
      await db.admin().ping();
      return true;
    });
    this.watchdog = setInterval(() => void this.reopenIfStuck(), 1000).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.watchdog);
  }

  /**
   * A stuck monitor would leave the service without its database for good: close the client (its
   * monitor with it) and open a new one on the same mongoose connection, which every model uses.
   */
  private async reopenIfStuck(): Promise<void> {
    if (this.reopening || !this.watch.stuck(LONGEST_CHECK_MS)) return;
    this.reopening = true;
    this.logger.error(
      { problem: this.watch.problem() },
      `the database driver's server check has not ended in ${LONGEST_CHECK_MS} ms and will not: opening a new client`,
    );
    try {
      await within(this.connection.close(), DATABASE_WAIT_MS, 'closing the stuck client').catch(() => undefined);
      // Until a new client opens (the server may be down too), the watchdog tries again.
      await this.connection.openUri(this.options.uri, connectOptions(this.options));
      this.watch.follow(this.connection.getClient());
      this.logger.log('database client reopened');
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'database client not reopened yet; trying again');
    } finally {
      this.reopening = false;
    }
  }
}
