import { Logger } from '@nestjs/common';
import type { Connection } from 'mongoose';

type MongoClient = ReturnType<Connection['getClient']>;

interface ServerState {
  type: string;
  error?: string;
  since: number;
}

/** How long the driver lets one server check run before its own timeouts end it. */
export interface CheckLimits {
  /** A polled check: it connects (connectTimeoutMS), then shakes hands (connectTimeoutMS). */
  polledMs: number;
  /** A streamed check (MongoDB 4.4+): the server holds it up to heartbeatFrequencyMS on top. */
  awaitedMs: number;
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
  private client?: MongoClient;
  private server?: ServerState;
  private lastCheck?: { ok: boolean; at: number; error?: string };
  /** Each server's check in progress (by address): when it started, whether the server may hold it. */
  private readonly checks = new Map<string, { since: number; awaited: boolean }>();

  constructor(private readonly limits: CheckLimits) {}

  /**
   * Follows `client`'s monitor, connected by now; called again with the new client after a
   * reopen. What an earlier client still reports is ignored.
   */
  follow(client: MongoClient): void {
    this.client = client;
    this.server = undefined;
    this.checks.clear();
    const current = () => this.client === client;
    client.on('serverDescriptionChanged', ({ newDescription }) => {
      if (!current() || newDescription.type === this.server?.type) return;
      const was = this.server?.type;
      this.server = { type: newDescription.type, error: newDescription.error?.message, since: Date.now() };
      const change = { from: was ?? 'connected', to: newDescription.type, error: this.server.error };
      if (newDescription.type === 'Unknown') this.logger.warn(change, 'database server unreachable');
      else if (was !== undefined) this.logger.log(change, 'database server reachable');
    });
    client.on('serverHeartbeatStarted', ({ connectionId, awaited }) => {
      if (current() && !this.checks.has(connectionId)) this.checks.set(connectionId, { since: Date.now(), awaited });
    });
    client.on('serverHeartbeatSucceeded', ({ connectionId }) => {
      if (!current()) return;
      this.checks.delete(connectionId);
      this.lastCheck = { ok: true, at: Date.now() };
    });
    client.on('serverHeartbeatFailed', ({ connectionId, failure }) => {
      if (!current()) return;
      this.checks.delete(connectionId);
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
   * A server's check in progress has run longer than the driver's own timeouts let such a check run: it
   * will not end, and the monitor will not check again.
   */
  stuck(now = Date.now()): boolean {
    for (const check of this.checks.values()) {
      if (now - check.since > (check.awaited ? this.limits.awaitedMs : this.limits.polledMs)) return true;
    }
    return false;
  }
}
