import { createHash } from 'node:crypto';

import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';
import { within } from '@pollen/platform/mongo';

import { optionalActorOf } from '../auth/actor';
import { GatewayConfig } from '../config/gateway.config';
import { RateLimited } from '../errors';
import { AccountStore } from '../repositories/account.store';
import { RateLimitStore } from '../repositories/rate-limit.store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A count the database does not give by then is skipped: the limiter never delays a request by much. */
const COUNT_WAIT_MS = 300;
const SKIP_AFTER_FAILURE_MS = 5000;

/** The routes with limits of their own; every other route is limited per account, or per address. */
/** login: the log-in route; reauthentication: a signed-in account giving its password again (a signature), counted with its log-ins. */
export type RateLimitedRoute = 'login' | 'reauthentication' | 'registration';
const RATE_LIMITED_ROUTE = 'pollen:rate-limited-route';
export const RateLimit = (route: RateLimitedRoute) => SetMetadata(RATE_LIMITED_ROUTE, route);

/**
 * The counter of an account's log-ins, by its address's hash: the slots, shared through the
 * database, hold no address that an erasure of the account would have to find.
 */
export const loginKeyOf = (email: string): string =>
  `login:account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;

/** The counter of a signed-in account's requests. */
export const accountKeyOf = (accountId: string): string => `account:${accountId}`;

/** One limit a request counts against: `limit` requests of one key per period. */
interface Rule {
  key: string;
  limit: number;
  periodMs: number;
  /** Counted on this replica alone (a public read never waits on the database). */
  inMemory?: boolean;
}

interface Verdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * Rate limits with 429, Retry-After and RateLimit-* headers (issue 10, item 3). Counters are shared
 * by the replicas through the database (RateLimitStore), but for public reads, which each replica
 * counts in memory against its share. If the database is down, requests go through (and it is logged):
 * the limiter must not turn an outage of its counters into an outage of the API.
 */
@Injectable()
export class RateLimitGuard implements CanActivate, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RateLimitGuard.name);
  private readonly inMemory = new Map<string, number>();
  private inMemoryWindow = -1;
  private skipDatabaseUntil = 0;
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly reflector: Reflector,
    private readonly store: RateLimitStore,
    private readonly config: GatewayConfig,
    private readonly accounts: AccountStore,
  ) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep(), MINUTE);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<HttpRequest & { body?: unknown }>();
    const route = this.reflector.get<RateLimitedRoute | undefined>(RATE_LIMITED_ROUTE, context.getHandler());
    const verdicts: Verdict[] = [];
    for (const rule of await this.rulesFor(request, route)) {
      const verdict = await this.count(rule, Date.now());
      verdicts.push(verdict);
      if (!verdict.allowed) break;
    }
    const tightest = verdicts.reduce((a, b) => (!b.allowed || b.remaining < a.remaining ? b : a));
    const reply = context.switchToHttp().getResponse<HttpReply>();
    reply.header('RateLimit-Limit', String(tightest.limit));
    reply.header('RateLimit-Remaining', String(tightest.remaining));
    reply.header('RateLimit-Reset', String(tightest.resetSeconds));
    if (!tightest.allowed) throw new RateLimited(tightest.resetSeconds);
    return true;
  }

  private async rulesFor(
    request: HttpRequest & { body?: unknown },
    route: RateLimitedRoute | undefined,
  ): Promise<Rule[]> {
    const scale = this.config.RATE_LIMIT_MULTIPLIER;
    const ip = request.ip;
    if (route === 'login' || route === 'reauthentication') {
      // A password given again counts against the same account and address as a log-in's.
      const email =
        route === 'login'
          ? (request.body as { email?: unknown } | undefined)?.email
          : (await this.accounts.findById(optionalActorOf(request)?.id ?? ''))?.email;
      const perAccount: Rule[] =
        typeof email === 'string'
          ? [
              {
                key: loginKeyOf(email),
                limit: this.config.LOGINS_PER_ACCOUNT_PER_MINUTE,
                periodMs: MINUTE,
              },
            ]
          : [];
      return [
        ...perAccount,
        { key: `login:ip:${ip}`, limit: this.config.LOGINS_PER_IP_PER_MINUTE, periodMs: MINUTE },
      ].map((rule) => ({ ...rule, limit: rule.limit * scale }));
    }
    if (route === 'registration')
      return [
        { key: `registration:ip:${ip}`, limit: this.config.REGISTRATIONS_PER_IP_PER_HOUR * scale, periodMs: HOUR },
      ];
    const actor = optionalActorOf(request);
    if (actor)
      return [
        { key: accountKeyOf(actor.id), limit: this.config.REQUESTS_PER_ACCOUNT_PER_MINUTE * scale, periodMs: MINUTE },
      ];
    if (request.method === 'GET' || request.method === 'HEAD') {
      const share = Math.max(1, Math.floor(this.config.PUBLIC_READS_PER_IP_PER_MINUTE / this.config.GATEWAY_REPLICAS));
      return [{ key: `public:ip:${ip}`, limit: share * scale, periodMs: MINUTE, inMemory: true }];
    }
    return [
      { key: `anonymous:ip:${ip}`, limit: this.config.ANONYMOUS_REQUESTS_PER_IP_PER_MINUTE * scale, periodMs: MINUTE },
    ];
  }

  private async count(rule: Rule, now: number): Promise<Verdict> {
    const window = Math.floor(now / rule.periodMs);
    const resetSeconds = Math.max(1, Math.ceil(((window + 1) * rule.periodMs - now) / 1000));
    const verdict = (taken: number | undefined): Verdict => ({
      allowed: taken !== undefined,
      limit: rule.limit,
      remaining: taken === undefined ? 0 : rule.limit - taken,
      resetSeconds,
    });
    if (rule.inMemory) return verdict(this.countInMemory(rule, window));
    // After a count the database did not give, the next ones are skipped for a while: requests
    // piling more operations onto a database that is down or slow would keep it so.
    if (now < this.skipDatabaseUntil) return { allowed: true, limit: rule.limit, remaining: rule.limit, resetSeconds };
    try {
      const expiresAt = new Date((window + 2) * rule.periodMs);
      return verdict(
        await within(this.store.take(rule.key, window, rule.limit, expiresAt), COUNT_WAIT_MS, 'rate limit count'),
      );
    } catch (error) {
      this.skipDatabaseUntil = Date.now() + SKIP_AFTER_FAILURE_MS;
      this.logger.warn(
        { err: (error as Error).message, key: rule.key },
        `rate limit not counted: letting requests through uncounted for ${SKIP_AFTER_FAILURE_MS} ms`,
      );
      return { allowed: true, limit: rule.limit, remaining: rule.limit, resetSeconds };
    }
  }

  private countInMemory(rule: Rule, window: number): number | undefined {
    // Every in-memory rule counts per minute: a new minute forgets the last one's counts.
    if (window !== this.inMemoryWindow) {
      this.inMemory.clear();
      this.inMemoryWindow = window;
    }
    const taken = (this.inMemory.get(rule.key) ?? 0) + 1;
    if (taken > rule.limit) return undefined;
    this.inMemory.set(rule.key, taken);
    return taken;
  }

  async sweep(now = new Date()): Promise<number> {
    try {
      return await this.store.sweep(now);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'rate limit windows not swept; next minute');
      return 0;
    }
  }
}
