import { Logger } from '@nestjs/common';
import type { Connection } from 'mongoose';

type MongoClient = ReturnType<Connection['getClient']>;

interface ServerState {
  type: string;
  error?: string;
  since: number;
}

/**
 * What the driver's monitor last said of the database server, for readiness and the logs, and
 * whether the monitor itself is stuck. The driver finds a restarted server again by itself, except
 * in one case the chaos runs found (MongoDB driver 6.20): a server check sent on a connection the
 * restart had just closed never ends, and the monitor, waiting for it, never checks again, so the
 * server stays "unreachable" for good (docs/reliability.md).
 */
export class DatabaseWatch {
  private readonly logger = new Logger('MongoDB');
  private server?: ServerState;
  private lastCheck?: { ok: boolean; at: number; error?: string };
  /** When the check in progress started; undefined between checks. */
  private checkStartedAt?: number;

  /** Follows `client`'s monitor, connected by now; called again with the new client after a reopen. */
  follow(client: MongoClient): void {
    this.server = undefined;
    this.checkStartedAt = undefined;
    client.on('serverDescriptionChanged', ({ newDescription }) => {
      if (newDescription.type === this.server?.type) return;
      const was = this.server?.type;
      this.server = { type: newDescription.type, error: newDescription.error?.message, since: Date.now() };
      if (was === undefined) return;
      const change = { from: was, to: newDescription.type, error: this.server.error };
      if (newDescription.type === 'Unknown') this.logger.warn(change, 'database server unreachable');
      else this.logger.log(change, 'database server reachable');
    });
    client.on('serverHeartbeatStarted', () => (this.checkStartedAt ??= Date.now()));
    client.on('serverHeartbeatSucceeded', () => {
      this.checkStartedAt = undefined;
      this.lastCheck = { ok: true, at: Date.now() };
    });
    client.on('serverHeartbeatFailed', ({ failure }) => {
      this.checkStartedAt = undefined;
      this.lastCheck = { ok: false, at: Date.now(), error: failure.message };
    });
  }

  /** Why the database cannot be used now, or undefined when the driver sees it. */
  problem(now = Date.now()): string | undefined {
    if (this.server?.type !== 'Unknown') return undefined;
    const check = this.lastCheck
      ? `last check ${Math.round((now - this.lastCheck.at) / 1000)} s ago ${this.lastCheck.ok ? 'answered' : `failed: ${this.lastCheck.error}`}`
      : 'not checked yet';
    return `unreachable for ${Math.round((now - this.server.since) / 1000)} s (${this.server.error ?? 'no error'}); ${check}`;
  }

  /**
   * The check in progress has run longer than the driver's own timeouts let a check run: it will
   * not end, and the monitor will not check again.
   */
  stuck(longestCheckMs: number, now = Date.now()): boolean {
    return this.checkStartedAt !== undefined && now - this.checkStartedAt > longestCheckMs;
  }
}
