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

import { type CheckLimits, DatabaseWatch } from './database-watch';
import { KeyedMutex } from './keyed-mutex';
import { OutboxRelay } from './outbox-relay';
import { within } from './within';

/** The longest an operation waits for an unreachable database before it fails (as an outage). */
export const DATABASE_WAIT_MS = 2000;

/** The driver gives up connecting (and a server check's handshake) after this long. */
const CONNECT_TIMEOUT_MS = 5000;

/** How often the driver checks the server; a streamed check may be held this long by the server. */
const HEARTBEAT_FREQUENCY_MS = 10_000;

/** Past the driver's own timeouts for a check (and a margin), a check cannot end. */
const CHECK_LIMITS: CheckLimits = {
  polledMs: 2 * CONNECT_TIMEOUT_MS + 2000,
  awaitedMs: 2 * CONNECT_TIMEOUT_MS + HEARTBEAT_FREQUENCY_MS + 2000,
};

/** Closing a client normally takes milliseconds; a close still running after this is retried. */
const CLOSE_WAIT_MS = 10_000;

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
    heartbeatFrequencyMS: HEARTBEAT_FREQUENCY_MS,
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
  private readonly watch = new DatabaseWatch(CHECK_LIMITS);
  private watchdog?: NodeJS.Timeout;
  /** A reopen in progress, awaited at shutdown. */
  private reopening?: Promise<void>;
  /** Set from the moment a stuck monitor is seen until a new client is open. */
  private reopenPending = false;
  private destroyed = false;

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
    this.watchdog = setInterval(() => {
      if (this.reopening || this.destroyed) return;
      if (!this.reopenPending && !this.watch.stuck()) return;
      this.reopening = this.reopen().finally(() => (this.reopening = undefined));
    }, 1000).unref();
  }

  /** Before mongoose closes the connection: no reopen starts, and one running ends first. */
  async onModuleDestroy(): Promise<void> {
    this.destroyed = true;
    clearInterval(this.watchdog);
    await this.reopening;
  }

  /**
   * A stuck monitor would leave the service without its database for good: close the client (its
   * monitor with it) and open a new one on the same mongoose connection, which every model uses.
   * Until a new client is open (the server may be down too), the watchdog tries again each second.
   */
  private async reopen(): Promise<void> {
    if (!this.reopenPending) {
      this.logger.error(
        { problem: this.watch.problem() },
        "the database driver's server check has not ended within its own timeouts and will not: opening a new client",
      );
      this.reopenPending = true;
    }
    try {
      // mongoose must be done closing before it opens again, or its late close marks the new client closed.
      await within(this.connection.close(), CLOSE_WAIT_MS, 'closing the stuck client');
      if (this.destroyed) return;
      await this.connection.openUri(this.options.uri, connectOptions(this.options));
      if (this.destroyed) {
        await this.connection.close();
        return;
      }
      this.watch.follow(this.connection.getClient());
      this.reopenPending = false;
      this.logger.log('database client reopened');
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'database client not reopened yet; trying again');
    }
  }
}
