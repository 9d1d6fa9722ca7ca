import { type DynamicModule, Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { ReadinessRegistry } from '@pollen/platform/health';
import mongoose, { type Connection } from 'mongoose';

import { DatabaseWatch } from './database-watch';
import { KeyedMutex } from './keyed-mutex';
import { OutboxRelay } from './outbox-relay';

/** The longest an operation waits for an unreachable database before it fails (as an outage). */
export const DATABASE_WAIT_MS = 2000;

// mongoose queues operations while disconnected, for 10 s by default: no longer than the above.
mongoose.set('bufferTimeoutMS', DATABASE_WAIT_MS);

export interface MongoModuleOptions {
  uri: string;
  database: string;
}

/**
 * The service's own database: connection defaults (short server selection, so readiness reports
 * an outage quickly), a readiness check, the outbox relay and the per-aggregate writer lock.
 */
@Global()
@Module({})
export class MongoModule implements OnModuleInit {
  constructor(
    @Inject(getConnectionToken()) private readonly connection: Connection,
    private readonly readiness: ReadinessRegistry,
  ) {}

  static forRoot(options: MongoModuleOptions): DynamicModule {
    return {
      module: MongoModule,
      imports: [
        MongooseModule.forRoot(options.uri, {
          dbName: options.database,
          // Well inside a request's deadline: while the database is down, a caller gets its 503
          // on time (and readiness reports the outage quickly).
          serverSelectionTimeoutMS: DATABASE_WAIT_MS,
          autoIndex: true,
          // FerretDB has no retryable writes; MongoDB does not need them for single-document writes.
          retryWrites: false,
        }),
      ],
      providers: [KeyedMutex, OutboxRelay],
      exports: [MongooseModule, KeyedMutex, OutboxRelay],
    };
  }

  onModuleInit(): void {
    const watch = new DatabaseWatch(this.connection.getClient());
    this.readiness.register('mongodb', async () => {
      const problem = watch.problem();
      if (problem) throw new Error(problem);
      const db = this.connection.db;
      if (!db) return false;
      await db.admin().ping();
      return true;
    });
  }
}
