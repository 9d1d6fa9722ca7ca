import { Logger } from '@nestjs/common';
import type { Connection } from 'mongoose';

type MongoClient = ReturnType<Connection['getClient']>;

interface ServerState {
  type: string;
  error?: string;
  since: number;
}

/**
 * What the driver's monitor last said of the database server, for readiness and the logs: the
 * driver finds a restarted server again by itself, and when it does not, an operator needs to see
 * which of the server or the monitor is stuck (docs/reliability.md).
 */
export class DatabaseWatch {
  private readonly logger = new Logger('MongoDB');
  private server?: ServerState;
  private lastHeartbeat?: { ok: boolean; at: number; error?: string };

  constructor(client: MongoClient) {
    client.on('serverDescriptionChanged', ({ newDescription }) => {
      if (newDescription.type === this.server?.type) return;
      const was = this.server?.type;
      this.server = { type: newDescription.type, error: newDescription.error?.message, since: Date.now() };
      if (was === undefined) return;
      const change = { from: was, to: newDescription.type, error: this.server.error };
      if (newDescription.type === 'Unknown') this.logger.warn(change, 'database server unreachable');
      else this.logger.log(change, 'database server reachable');
    });
    client.on('serverHeartbeatSucceeded', () => (this.lastHeartbeat = { ok: true, at: Date.now() }));
    client.on('serverHeartbeatFailed', ({ failure }) => {
      this.lastHeartbeat = { ok: false, at: Date.now(), error: failure.message };
    });
  }

  /** Why the database cannot be used now, or undefined when the driver sees it. */
  problem(now = Date.now()): string | undefined {
    if (this.server?.type !== 'Unknown') return undefined;
    const heartbeat = this.lastHeartbeat
      ? `last check ${Math.round((now - this.lastHeartbeat.at) / 1000)} s ago ${this.lastHeartbeat.ok ? 'answered' : `failed: ${this.lastHeartbeat.error}`}`
      : 'not checked yet';
    return `unreachable for ${Math.round((now - this.server.since) / 1000)} s (${this.server.error ?? 'no error'}); ${heartbeat}`;
  }
}
